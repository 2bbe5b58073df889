"""Index terms of a text field, analyzing each distinct word once.

Every filter of the project's analyzers works on one token at a time, and the tokenizer
cuts the text into words (TOKEN) whose tokens depend on the word alone: only their
positions shift with where the word stands. So the terms of a word and the positions it
takes are computed once per process and cached; a text's terms are gathered from the
cache in the order Whoosh's own analysis would emit them, and encoded by the field's
format exactly as Whoosh's TEXT.index() encodes them.

What a process learned is kept for other processes and later runs (index.wordcache):
save_learned() adds it to the analyzer's cache file, which a process reads when it
first analyzes with that analyzer. During a run, the workers hand each other what they
learn as they go (share_learned(), exchange_learned(), index.word_exchange).
"""

from __future__ import annotations

import itertools
import os
from array import array
from collections.abc import Callable
from typing import Any

from whoosh.analysis import LowercaseFilter

from index import word_exchange, wordcache
from index.analysis import (
    AccentFoldFilter,
    DecompoundFilter,
    ForeignAccentFilter,
    GermanFoldFilter,
    NewsTokenizer,
    SnowballFilter,
    StopFilter,
)
from index.learn import Learner
from index.word_pattern import TOKEN

# Distinct words cached per analyzer before the cache starts afresh (some 250 bytes each,
# most of them a term alone). The workers of a run hand each other what they learn, so
# each keeps the vocabulary of the whole run, not of its half. The bound is memory's: at
# 280,717 articles 200,000 took a worker's peak above 1.5x plain Whoosh's indexing peak;
# 150,000 keeps most of the corpus's 182,000 German words in one start.
CACHE_LIMIT = 150_000

Term = tuple[bytes, int, float, bytes]
# A term's postings while a segment is built: docnums, weights (an array of floats, as
# Whoosh's postings writer keeps them: a float object each takes four times the room)
# and the postings' values: a list of the encoded values, or None while every value is
# empty (fields without positions: a date, a source). A term found in one document so
# far has (docnum, weight, encoding) alone: most terms of a segment are, and three
# containers for one posting take more room than the rest of the term's entry. (The
# text fields of CachedTerms are gathered as arrays, index.gather, and take these forms
# only when they are written or put on disk.)
Entry = tuple["array[int]", "array[float]", list[bytes] | None]
Single = tuple[int, float, bytes]
# A field's postings: term bytes → its postings.
Postings = dict[bytes, Entry | Single]
# The weights of terms found up to so many times in a text, made once: a term found in
# one document keeps its weight as a float object, and most terms of a segment are.
WEIGHTS = tuple(float(n) for n in range(256))


def add_posting(
    postings: Postings, tbytes: bytes, docnum: int, weight: float, vbytes: bytes
) -> None:
    """Add a posting of a term to a field's postings (docnums in increasing order)."""
    entry: Any = postings.get(tbytes)
    if entry is None:
        postings[tbytes] = (docnum, weight, vbytes)
    elif type(entry[0]) is int:
        first, w, v = entry
        values = [v, vbytes] if v or vbytes else None
        postings[tbytes] = (array("I", (first, docnum)), array("f", (w, weight)), values)
    else:
        entry[0].append(docnum)
        entry[1].append(weight)
        if entry[2] is not None:
            entry[2].append(vbytes)
        elif vbytes:
            values = [b""] * (len(entry[0]) - 1) + [vbytes]
            postings[tbytes] = (entry[0], entry[1], values)


def expanded(entry: Entry | Single) -> tuple[array[int], array[float], list[bytes]]:
    """Return a term's postings as arrays and a list of values, whether one or more."""
    e: Any = entry
    if type(e[0]) is int:
        return array("I", (e[0],)), array("f", (e[1],)), [e[2]]
    docnums, weights, found = e
    return docnums, weights, [b""] * len(docnums) if found is None else found


class _Singles(dict[int, bytes]):
    """Position → the encoding of a term found there alone in a text, made when first
    asked for."""

    def __init__(self, encode: Callable[[list[int]], bytes]) -> None:
        super().__init__()
        self._encode = encode

    def __missing__(self, pos: int) -> bytes:
        vbytes = self[pos] = self._encode([pos])
        return vbytes


class _Cache:
    """An analyzer's words in this process: all it knows, and those not yet kept."""

    def __init__(self, analyzer: Any) -> None:
        self.analyzer = analyzer  # kept alive with its id
        self.key = wordcache.analyzer_key(analyzer)
        words = wordcache.load(self.key)
        if len(words) > CACHE_LIMIT:
            words = dict(list(words.items())[len(words) - CACHE_LIMIT :])  # the latest
        self.words: dict[str, wordcache.Entry] = words
        self.learned: dict[str, wordcache.Entry] = {}
        # What was learned since the words were last handed to the other processes of
        # the run (None: this process shares none, see share_learned()).
        self.fresh: dict[str, wordcache.Entry] | None = None
        if _exchange is not None:
            self.fresh = {}
            self.take(_pending.pop(self.key, {}))
        self.learner = Learner(analyzer)

    def take(self, found: dict[str, wordcache.Entry]) -> None:
        """Add words another process of the run learned, as long as there is room."""
        words = self.words
        room = CACHE_LIMIT - len(words)
        for word, entry in found.items():
            if room <= 0:
                break
            if word not in words:
                words[word] = entry
                room -= 1

    def make_room(self, distinct: int) -> None:
        """Drop all but the earliest cached words, leaving room for `distinct` more."""
        # What was learned since the last save is not kept: saving here reads and writes
        # the whole cache file, which cost more than learning the words again.
        self.learned.clear()
        # The earliest words stay: a run meets its most frequent words first, and the file
        # keeps words in the order they were learned.
        keep = max(0, min(CACHE_LIMIT // 2, CACHE_LIMIT - distinct))
        kept = dict(itertools.islice(self.words.items(), keep))
        self.words.clear()  # the same dictionary: every field of the analyzer reads it
        self.words.update(kept)


# analyzer id → its cache
_caches: dict[int, _Cache] = {}
# Where this process hands its new words to the other processes of the run, and takes
# theirs (share_learned()); words of an analyzer this process has not used yet, by key.
_exchange: word_exchange.Exchange | None = None
_pending: dict[str, dict[str, wordcache.Entry]] = {}
# Filters that change one token at a time (or drop it, or add tokens at its position).
_PER_TOKEN = (
    LowercaseFilter,
    DecompoundFilter,
    StopFilter,
    SnowballFilter,
    GermanFoldFilter,
    AccentFoldFilter,
    ForeignAccentFilter,
)


class CachedTerms:
    """Index a TEXT field's values as field.index() does, caching each word's terms."""

    def __init__(self, field: Any) -> None:
        self.field = field
        self.analyzer = field.analyzer
        self.format = field.format
        # Fields analyzed alike (title, caption and body of a language) share one cache.
        shared = _caches.get(id(self.analyzer))
        if shared is None:
            shared = _caches[id(self.analyzer)] = _Cache(self.analyzer)
        self._shared = shared
        self._cache = shared.words
        # position → the encoding of a term found there alone
        self._single = _Singles(self.format.encode)
        self.single_encoding: Callable[[int], bytes] = self._single.__getitem__

    @staticmethod
    def applies_to(field: Any) -> bool:
        """Tell whether a field's analysis is word by word (the project's analyzers)."""
        from whoosh.formats import Positions

        analyzer = getattr(field, "analyzer", None)
        items = getattr(analyzer, "items", None) or []
        return (
            type(field.format) is Positions
            and field.format.field_boost == 1.0
            and bool(items)
            and isinstance(items[0], NewsTokenizer)
            and all(type(f) in _PER_TOKEN for f in items[1:])
        )

    def _learn(self, words: list[str]) -> None:
        """Analyze new words (index.learn) and cache their terms."""
        found = dict(zip(words, self._shared.learner.entries(words), strict=True))
        self._cache.update(found)
        self._shared.learned.update(found)
        if self._shared.fresh is not None:
            self._shared.fresh.update(found)

    def entries(self, words: list[str]) -> list[wordcache.Entry]:
        """Return the cached terms of distinct words, analyzing the words not cached yet."""
        cache = self._cache
        new = [word for word in words if word not in cache]
        if new and len(cache) + len(new) > CACHE_LIMIT:
            self._shared.make_room(len(words))
            new = [word for word in words if word not in cache]
        if new:
            self._learn(new)
        return [cache[word] for word in words]

    def _positions(self, value: str) -> dict[str, list[int]]:
        """Return each term of a text with the positions it takes, in the text's order."""
        cache = self._cache
        words = TOKEN.findall(value)
        new = set(words).difference(cache)
        if new and len(cache) + len(new) > CACHE_LIMIT:
            distinct = set(words)
            self._shared.make_room(len(distinct))
            new = distinct.difference(cache)
        if new:
            self._learn(sorted(new))
        poses: dict[str, list[int]] = {}
        get = poses.get
        pos = 0
        entry: Any  # wordcache.Entry: a term alone (a str), or a word's tuple
        for entry in map(cache.__getitem__, words):
            if entry.__class__ is str:
                # A word of one term at its position (most words): no tuples to walk.
                found = get(entry)
                if found is None:
                    poses[entry] = [pos]
                else:
                    found.append(pos)
                pos += 1
                continue
            tokens, width = entry
            for text, rel in tokens:
                found = get(text)
                if found is None:
                    poses[text] = [pos + rel]
                else:
                    found.append(pos + rel)
            pos += width
        return poses

    def encoded(self, plist: list[int]) -> bytes:
        """Encode a term's positions in a text, as the field's format does."""
        if len(plist) == 1:
            # Most terms occur once in a text: their encodings repeat, by position.
            return self._single[plist[0]]
        return self.format.encode(plist)

    def single_encodings(self) -> dict[bytes, bytes]:
        """Return the encodings of a term found once in a text made so far, each as its
        own key: an equal encoding read back from disk maps to the object kept here
        (Whoosh pickles a block's values, and a value found again is pickled as a
        reference to the first: the same object, not an equal one)."""
        return {vbytes: vbytes for vbytes in self._single.values()}

    def index(self, value: str) -> list[Term]:
        """Return (term bytes, frequency, weight, encoded positions) of each term of a text."""
        return [
            (text.encode("utf-8"), len(plist), float(len(plist)), self.encoded(plist))
            for text, plist in self._positions(value).items()
        ]


def save_learned() -> None:
    """Keep the words this process learned since the last call, for other processes and
    later runs, and take on the words they kept."""
    for shared in _caches.values():
        if not shared.learned:
            continue
        kept = wordcache.save(shared.key, shared.learned)
        shared.learned.clear()
        missing = {word: entry for word, entry in kept.items() if word not in shared.words}
        if len(shared.words) + len(missing) <= CACHE_LIMIT:
            shared.words.update(missing)


def share_learned(folder: str | os.PathLike[str], name: str) -> None:
    """Hand the words this process learns to the other processes of a run that share
    the folder, and take theirs (exchange_learned())."""
    global _exchange
    _exchange = word_exchange.Exchange(folder, name)
    for shared in _caches.values():
        shared.fresh = {}


def exchange_learned() -> None:
    """Hand the words learned since the last call to the other processes of the run,
    and take the words they handed over meanwhile (share_learned())."""
    if _exchange is None:
        return
    fresh = {shared.key: shared.fresh for shared in _caches.values() if shared.fresh}
    if fresh:
        _exchange.put(fresh)
        for shared in _caches.values():
            shared.fresh = {}
    by_key = {shared.key: shared for shared in _caches.values()}
    for words in _exchange.take():
        for key, found in words.items():
            taker = by_key.get(key)
            if taker is not None:
                taker.take(found)
            else:
                _pending.setdefault(key, {}).update(found)
