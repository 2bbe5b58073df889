"""Index terms of a text field, analyzing each distinct word once.

Every filter of the project's analyzers works on one token at a time, and the tokenizer
cuts the text into words (WORD) whose tokens depend on the word alone: only their
positions shift with where the word stands. So the terms of a word and the positions it
takes are computed once per process and cached; a text's terms are gathered from the
cache in the order Whoosh's own analysis would emit them, and encoded by the field's
format exactly as Whoosh's TEXT.index() encodes them.

What a process learned is kept for other processes and later runs (index.wordcache):
save_learned() adds it to the analyzer's cache file, which a process reads when it
first analyzes with that analyzer.
"""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Callable
from typing import Any

from whoosh.analysis import LowercaseFilter

from index import wordcache
from index.analysis import (
    JOINERS,
    SAME_AS,
    WORD,
    AccentFoldFilter,
    DecompoundFilter,
    ForeignAccentFilter,
    GermanFoldFilter,
    NewsTokenizer,
    SnowballFilter,
    StopFilter,
    word_width,
)

# Distinct words cached per analyzer before the cache starts afresh (a few hundred bytes
# each): 100,000 keeps a worker ~120 MB smaller than 300,000 at the same speed.
CACHE_LIMIT = 100_000

Term = tuple[bytes, int, float, bytes]
# A term's postings while a segment is built: docnums, weights (an array of floats, as
# Whoosh's postings writer keeps them: a float object each takes four times the room)
# and the postings' values, kept in one of three ways:
# - Entry: a list of the encoded values, or None while every value is empty (fields
#   without positions: a date, a source);
# - Positioned (the fields of CachedTerms, whose weight is a posting's number of
#   positions): the first posting's encoding, then the positions of the others end to
#   end, encoded when written (an encoding of several positions takes some 50 bytes).
# A term found in one document so far has (docnum, weight, encoding) alone: most terms of
# a segment are, and three containers for one posting take more room than the rest of
# the term's entry.
Entry = tuple["array[int]", "array[float]", list[bytes] | None]
Positioned = tuple["array[int]", "array[float]", "array[int]", bytes]
Single = tuple[int, float, bytes]
# A field's postings: term bytes → its postings.
Postings = dict[bytes, Entry | Positioned | Single]
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


def expanded(
    entry: Entry | Positioned | Single, encode: Callable[[list[int]], bytes] | None = None
) -> tuple[array[int], array[float], list[bytes]]:
    """Return a term's postings as arrays and a list of values, whether one or more;
    `encode` encodes the positions of a field of CachedTerms (CachedTerms.encoded)."""
    e: Any = entry
    if type(e[0]) is int:
        return array("I", (e[0],)), array("f", (e[1],)), [e[2]]
    if len(e) == 4:
        docnums, weights, positions, first = e
        assert encode is not None
        values = [first]
        at = 0
        for weight in weights[1:]:
            n = int(weight)
            values.append(encode(positions[at : at + n].tolist()))
            at += n
        return docnums, weights, values
    docnums, weights, found = e
    return docnums, weights, [b""] * len(docnums) if found is None else found


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
        # The filters' word-wise steps: what the analyzer makes of a word of one part.
        self.chain: list[Callable[[list[str]], list[str]]] = [
            _lowercase if type(f) is LowercaseFilter else f.texts for f in analyzer.items[1:]
        ]

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


def _lowercase(texts: list[str]) -> list[str]:
    """Return the texts LowercaseFilter makes of tokens of these texts."""
    return [text.lower() for text in texts]


# analyzer id → its cache
_caches: dict[int, _Cache] = {}
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
        self._single: dict[int, bytes] = {}

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
        """Analyze new words and cache their terms: a word of one part through the
        filters' word-wise texts(), the others in one pass of the analyzer."""
        cache = self._cache
        learned = self._shared.learned
        chain = self._shared.chain
        others: list[str] = []
        for word in words:
            if JOINERS.search(word) is not None or word.lower() in SAME_AS:
                others.append(word)
                continue
            texts = [word]
            for step in chain:
                texts = step(texts)
            cache[word] = learned[word] = (tuple([(text, 0) for text in texts]), 1)
        if others:
            self._learn_joined(others)

    def _learn_joined(self, words: list[str]) -> None:
        """Analyze new words, all in one pass of the analyzer, and cache their terms."""
        cache = self._cache
        learned = self._shared.learned
        # The words joined by spaces: each takes its own positions, from `starts` on.
        starts: list[int] = []
        entries: list[list[tuple[str, int]]] = []
        pos = 0
        for word in words:
            starts.append(pos)
            entries.append([])
            pos += word_width(word)
        starts.append(pos)
        n = 0
        for t in self.analyzer(" ".join(words), positions=True, mode="index"):
            while t.pos >= starts[n + 1]:
                n += 1
            entries[n].append((t.text, t.pos - starts[n]))
        for n, word in enumerate(words):
            cache[word] = learned[word] = (tuple(entries[n]), starts[n + 1] - starts[n])

    def _positions(self, value: str) -> dict[str, list[int]]:
        """Return each term of a text with the positions it takes, in the text's order."""
        cache = self._cache
        words = WORD.findall(value)
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
        for tokens, width in map(cache.__getitem__, words):
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
            vbytes = self._single.get(plist[0])
            if vbytes is None:
                vbytes = self._single[plist[0]] = self.format.encode(plist)
            return vbytes
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

    def add_postings(self, value: str, docnum: int, postings: Postings) -> int:
        """Add the postings of a text of document `docnum` to a field's postings (term
        bytes → docnums, weights, encoded positions); return the text's length in terms.

        What SegmentBuilder does with index()'s terms, without a tuple per term between.
        """
        length = 0
        get: Callable[[bytes], Any] = postings.get
        encoded = self.encoded
        weights = WEIGHTS
        for text, plist in self._positions(value).items():
            tbytes = text.encode("utf-8")
            freq = len(plist)
            length += freq
            # add_posting(), inline: this runs for every term of every text.
            entry = get(tbytes)
            if entry is None:
                weight = weights[freq] if freq < 256 else float(freq)
                postings[tbytes] = (docnum, weight, encoded(plist))
            elif type(entry[0]) is int:
                first, w, v = entry
                postings[tbytes] = (
                    array("I", (first, docnum)),
                    array("f", (w, freq)),
                    array("I", plist),
                    v,
                )
            else:
                entry[0].append(docnum)
                entry[1].append(freq)
                entry[2].extend(plist)
        return length


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
