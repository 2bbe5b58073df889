"""Make MinHash signatures of a text's word 5-grams with numpy, all 5-grams at once.

The estimate is datasketch's (its "affine32" scheme: each 5-gram's 32-bit hash mixed by
the MurmurHash3 finalizer, then 64 permutations h -> a*h + b mod 2**32, the minimum of
each kept; two signatures agree in a share of places that estimates the Jaccard
similarity of the two 5-gram sets). Only the hash of a 5-gram differs: datasketch takes
a SHA-1 of each 5-gram's text, one Python call each; here the words are found and
hashed in array operations over the text's code points (a polynomial hash of each word's
characters, read off prefix sums), and a 5-gram's hash is a mix of its five words'
hashes, all 5-grams at once. The values differ from datasketch's, so signatures
of the two kinds must not be compared (index.stories.VERSION tells them apart).
"""

from __future__ import annotations

import functools
import re
import sys

import numpy as np
import numpy.typing as npt

NUM_PERM = 64
SHINGLE = 5
# Permutations drawn once from a fixed seed: every process draws the same ones.
_SEED = 20261205
_rng = np.random.default_rng(_SEED)
# a odd: h -> a*h + b is then a bijection of the 32-bit values (no added collisions).
_A = (_rng.integers(0, 1 << 31, NUM_PERM, dtype=np.uint64) * 2 + 1).astype(np.uint32)
_B = _rng.integers(0, 1 << 32, NUM_PERM, dtype=np.uint64).astype(np.uint32)
# Odd multipliers, one per place in the 5-gram: "a b c d e" and "e d c b a" differ.
_PLACE = (_rng.integers(0, 1 << 63, SHINGLE, dtype=np.uint64) * 2 + 1).astype(np.uint64)
# 5-grams per block of the permutation step: bounds the temporary array of a long body.
_BLOCK = 4096
MAX_HASH = np.uint32(0xFFFFFFFF)

U32 = npt.NDArray[np.uint32]
U64 = npt.NDArray[np.uint64]


def _fmix64(h: U64) -> U64:
    """Mix 64-bit values with MurmurHash3's finalizer (a bijection that spreads bits)."""
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xFF51AFD7ED558CCD)
    h = h ^ (h >> np.uint64(33))
    h = h * np.uint64(0xC4CEB9FE1A85EC53)
    return h ^ (h >> np.uint64(33))


def _fmix32(h: U32) -> U32:
    """Mix 32-bit values with MurmurHash3's finalizer, as datasketch's affine32 does."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


@functools.cache
def _word_chars() -> npt.NDArray[np.bool_]:
    """Return a table telling for each code point whether the regular expression \\w takes it."""
    table = np.zeros(sys.maxunicode + 1, dtype=np.bool_)
    # Every code point in one string, decoded from their numbers (a join of chr() of each
    # took 0.13 s, most of what a worker spent on this table).
    every = (
        np.arange(sys.maxunicode + 1, dtype=np.uint32)
        .tobytes()
        .decode("utf-32-le", "surrogatepass")
    )
    for m in re.finditer(r"\w+", every):
        table[m.start() : m.end()] = True
    return table


# A random odd base of the polynomial hash of a word's characters, and its inverse
# modulo 2**64 (a word's hash is read off prefix sums, then shifted to its start).
_BASE = int(_rng.integers(0, 1 << 62)) * 2 + 1
_BASE_INVERSE = pow(_BASE, -1, 1 << 64)
_powers: U64 = np.ones(1, dtype=np.uint64)
_inverse_powers: U64 = np.ones(1, dtype=np.uint64)


def _cumulative_powers(base: int, inverse: int, size: int) -> U64:
    """Return base**0 .. base**(size-1) modulo 2**64."""
    powers: U64 = np.cumprod(np.full(size, base, dtype=np.uint64), dtype=np.uint64)
    # cumprod starts at base**1: shift it down by one power.
    shifted: U64 = powers * np.uint64(inverse)
    return shifted


def _powers_to(n: int) -> tuple[U64, U64]:
    """Return the base's powers and inverse powers 0..n-1 (mod 2**64), kept for reuse."""
    global _powers, _inverse_powers
    if len(_powers) < n:
        size = max(n, 2 * len(_powers), 4096)
        _powers = _cumulative_powers(_BASE, _BASE_INVERSE, size)
        _inverse_powers = _cumulative_powers(_BASE_INVERSE, _BASE, size)
    return _powers[:n], _inverse_powers[:n]


def word_hashes(text: str) -> U64:
    """Return a 64-bit hash of each word (\\w+) of the case-folded text, in order."""
    return folded_word_hashes(text.casefold())


def folded_word_hashes(folded: str) -> U64:
    """Return word_hashes() of a text from the text case-folded."""
    codes = np.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    n = len(codes)
    if n == 0:
        return np.empty(0, dtype=np.uint64)
    # Made on first use (some 0.1 s): a process that only reads story groups never needs it.
    inside = _word_chars()[codes].view(np.int8)
    edges = np.diff(inside, prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    powers, inverse = _powers_to(n)
    # prefix[i] = sum of (code + 1) * base**j over j < i, wrapping modulo 2**64.
    prefix = np.zeros(n + 1, dtype=np.uint64)
    np.cumsum((codes.astype(np.uint64) + np.uint64(1)) * powers, out=prefix[1:])
    return _fmix64((prefix[ends] - prefix[starts]) * inverse[starts])


def shingle_hashes(words: U64) -> U32:
    """Return a 32-bit hash of each 5-gram of the word hashes (one for fewer words)."""
    n = len(words)
    if n == 0:
        return np.empty(0, dtype=np.uint32)
    width = min(SHINGLE, n)
    count = n - width + 1
    mixed = np.zeros(count, dtype=np.uint64)
    for k in range(width):
        mixed += words[k : k + count] * _PLACE[k]
    # The high half of the mixed 64 bits: the best-spread ones.
    hashes: U32 = (_fmix64(mixed) >> np.uint64(32)).astype(np.uint32)
    return hashes


def signature(shingles: U32) -> U32:
    """Return the MinHash signature (NUM_PERM values) of a body's 5-gram hashes."""
    hashes = _fmix32(shingles)
    out = np.full(NUM_PERM, MAX_HASH, dtype=np.uint32)
    for start in range(0, len(hashes), _BLOCK):
        block = hashes[start : start + _BLOCK, None]
        np.minimum(out, (block * _A + _B).min(axis=0), out=out)
    return out
