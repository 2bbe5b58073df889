"""Make datasketch's MinHash sketches and LSH index, and read their pickles without it.

The story groups (index.stories) are kept pickled with datasketch's objects inside. A
server only needs who belongs to which group: it reads the pickle with stand-ins for
datasketch's classes, which relies on how datasketch pickles them, so this is the one
place that knows it, checked against one release at import (without importing
datasketch, which brings scipy).
"""

from __future__ import annotations

import importlib
import pickle
import threading
from typing import IO, TYPE_CHECKING, Any

import numpy as np

from index.minhash import NUM_PERM
from index.versions import require

if TYPE_CHECKING:
    from datasketch import MinHash, MinHashLSH

DATASKETCH = "datasketch"
DATASKETCH_VERSION = "2.0.0"
require(DATASKETCH, DATASKETCH_VERSION, "its pickled sketches are read without it")

SCHEME = "affine32"
SEED = 1
# The permutations of the seed (drawing them is most of the cost of a new MinHash).
_permutations: Any = None


def new_minhash(hashvalues: np.ndarray | None = None) -> MinHash:
    """Return a MinHash of the project's scheme, its permutations drawn once per process."""
    # Imported where sketches are made: datasketch brings scipy (some 50 MB), which a
    # server that only reads the groups does without.
    from datasketch import MinHash

    global _permutations
    if _permutations is None:
        _permutations = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME).permutations
    return MinHash(
        num_perm=NUM_PERM,
        seed=SEED,
        hashvalues=hashvalues,
        permutations=_permutations,
        scheme=SCHEME,
    )


def new_lsh(threshold: float) -> MinHashLSH:
    """Return an empty LSH index finding sketches of at least `threshold` similarity."""
    from datasketch import MinHashLSH

    return MinHashLSH(threshold=threshold, num_perm=NUM_PERM)


def band_keys(lsh: MinHashLSH, signature: np.ndarray) -> list[bytes]:
    """Return the keys under which the LSH index files a signature, one per band: what its
    insert() and query() make of a MinHash with these hash values (each band's values
    byte-swapped), without making a MinHash (which costs more than the look-up)."""
    if lsh.hashfunc is not None or lsh.prepickle:
        raise ValueError("band keys are made for an LSH index of the project's settings")
    swapped = np.asarray(signature, dtype=_hash_dtype()).byteswap()
    return [swapped[start:end].tobytes() for start, end in lsh.hashranges]


def query(lsh: MinHashLSH, keys: list[bytes]) -> list[Any]:
    """Return the keys of the sketches sharing a band with one of band_keys(): what
    lsh.query() returns for that MinHash, in the same order."""
    _check_scheme(lsh)
    candidates: set[Any] = set()
    add = candidates.add
    for band, table in zip(keys, lsh.hashtables, strict=True):
        for key in table.get(band):
            add(key)
    return list(candidates)


def insert(lsh: MinHashLSH, key: Any, keys: list[bytes]) -> None:
    """File a sketch under its band_keys(): what lsh.insert() does with its MinHash."""
    _check_scheme(lsh)
    lsh._minhash_scheme = SCHEME
    if key in lsh.keys:
        raise ValueError("The given key already exists")
    lsh.keys.insert(key, *keys)
    for band, table in zip(keys, lsh.hashtables, strict=True):
        table.insert(band, key)


def _check_scheme(lsh: MinHashLSH) -> None:
    """Refuse an LSH index that was given sketches of another scheme (as datasketch does)."""
    known = getattr(lsh, "_minhash_scheme", None)
    if known is not None and known != SCHEME:
        raise ValueError(f"MinHash scheme {SCHEME!r} does not match the index's {known!r}")


_dtype: np.dtype[Any] | None = None


def _hash_dtype() -> np.dtype[Any]:
    """Return the type in which a MinHash of the project's scheme keeps its hash values."""
    global _dtype
    if _dtype is None:
        _dtype = new_minhash().hashvalues.dtype
    return _dtype


def preload() -> threading.Thread:
    """Import datasketch in a thread of its own (some 0.4 s, scipy's part most of it), so
    that what groups stories after an indexing run need not wait for it; join it before."""
    thread = threading.Thread(
        target=importlib.import_module, args=(DATASKETCH,), name="import-datasketch", daemon=True
    )
    thread.start()
    return thread


class Dropped:
    """Stands for a datasketch object left out of a pickle read by load_without()."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def __setstate__(self, state: Any) -> None:
        pass

    def __getattr__(self, name: str) -> Any:
        # The pickle refers to methods of the sketch index (its hash function).
        if name.startswith("__"):
            raise AttributeError(name)
        return self


class _WithoutDatasketch(pickle.Unpickler):
    """Read a pickle with Dropped in place of every datasketch object."""

    def find_class(self, module: str, name: str) -> Any:
        if module.split(".")[0] == "datasketch":
            return Dropped
        return super().find_class(module, name)


def load_without(f: IO[bytes]) -> Any:
    """Read a pickle holding datasketch objects without importing datasketch."""
    return _WithoutDatasketch(f).load()
