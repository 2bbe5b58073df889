"""Split German compounds into known words, with a lexicon filtered from wordfreq.

A word is split where both sides are words of the lexicon (wordfreq's German list),
allowing the linking elements -s-, -es-, -n-, -en-, -e-; the filtered lexicon is kept in
a cache file so that a process reads it in milliseconds.
"""

from __future__ import annotations

import functools
import json
import os
import unicodedata
from pathlib import Path

COMPOUND_MIN_CHARS = 8
PART_MIN_CHARS = 4
# Zipf frequency (log10 per billion words) a part must reach: rarer strings are junk
# fragments more often than words ("barung" of "Vereinbarung" is not in the list).
PART_MIN_ZIPF = 3.0
LINKS = ("", "s", "es", "n", "en", "e")
# An adjective's ending in the first letters of a word's rest ("nordkorea|nische"),
# not a word of a compound.
ADJECTIVE_SUFFIX = "isch"
# A comparative's or superlative's ending with its case ending ("früh|eren" is
# "früheren", "spät|sten" "spätesten"): an inflected adjective, not a compound, whatever
# the lexicon says of the ending as a word ("Eren", a name).
INFLECTED_HEADS = frozenset(
    start + end for start in ("er", "est", "st") for end in ("e", "em", "en", "er", "es")
)
# How German words are spelt without their letters: umlauts and ß written out, other
# accents dropped ("Muenchen", "Strasse", "Charite").
SPELT_OUT = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ẞ": "ss"}
MAX_PARTS = 3
_lexicon_cache: dict[str, float] | None = None
# The lexicon it was made of, the lexicon with ASCII spellings (spellings()), and the
# lengths of its words by their first letters (_beginnings()).
_Tables = tuple[dict[str, float], dict[str, float], dict[str, tuple[int, ...]]]
_spellings_cache: _Tables | None = None


def lexicon() -> dict[str, float]:
    """Load the German word list with Zipf frequencies, once per process."""
    global _lexicon_cache
    if _lexicon_cache is None:
        path = lexicon_cache_path()
        words = _read_lexicon(path)
        if words is None:
            words = _lexicon_from_wordfreq()
            _write_lexicon(path, words)
        _lexicon_cache = words
    return _lexicon_cache


def _lexicon_from_wordfreq() -> dict[str, float]:
    """Filter wordfreq's German list (43 MB in memory, ~0.5 s) to the compound parts."""
    import math

    import wordfreq

    words = wordfreq.get_frequency_dict("de", wordlist="large")
    floor = 10 ** (PART_MIN_ZIPF - 9)
    return {
        w: math.log10(f) + 9
        for w, f in words.items()
        if f >= floor and len(w) >= PART_MIN_CHARS - 1 and w.isalpha()
    }


def spellings() -> dict[str, float]:
    """Return the lexicon with each word also under its spelling without umlauts, ß and
    accents (ASCII), at the most frequent spelling's Zipf frequency: a compound is split
    the same however it is spelt ("Fuehrerschein" as "Führerschein")."""
    return _tables()[0]


def _tables() -> tuple[dict[str, float], dict[str, tuple[int, ...]]]:
    """Return the lexicon with ASCII spellings and its words' lengths by their first
    letters (_beginnings()), made again (and the splits made forgotten) when the lexicon
    is another."""
    global _spellings_cache
    words = lexicon()
    if _spellings_cache is None or _spellings_cache[0] is not words:
        spelt = _spelled(words)
        _spellings_cache = (words, spelt, _beginnings(spelt))
        _made.clear()
        _split_rest.cache_clear()
    return _spellings_cache[1], _spellings_cache[2]


def _spelled(words: dict[str, float]) -> dict[str, float]:
    out = dict(words)
    for word, zipf in words.items():
        if word.isascii():
            continue
        spelt = ascii_spelling(word)
        if spelt != word and zipf > out.get(spelt, 0.0):
            out[spelt] = zipf
    return out


def _beginnings(words: dict[str, float]) -> dict[str, tuple[int, ...]]:
    """Map the first PART_MIN_CHARS letters of the words of at least as many to the
    lengths of those words, increasing: a part of a compound is looked up at those
    lengths only, and a rest of a word whose beginning is none is no part (a few
    thousand beginnings, where a word's every prefix would take megabytes)."""
    found: dict[str, set[int]] = {}
    for word in words:
        if len(word) >= PART_MIN_CHARS:
            found.setdefault(word[:PART_MIN_CHARS], set()).add(len(word))
    return {start: tuple(sorted(lengths)) for start, lengths in found.items()}


def ascii_spelling(word: str) -> str:
    """Spell a word in ASCII: umlauts and ß written out (ae, oe, ue, ss), accents off."""
    out = "".join(SPELT_OUT.get(ch, ch) for ch in word)
    if out.isascii():
        return out
    decomposed = unicodedata.normalize("NFKD", out)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def lexicon_cache_path() -> Path:
    """Name the file the filtered lexicon is kept in: per wordfreq version and filter."""
    from importlib.metadata import version

    name = f"lexicon-de-{version('wordfreq')}-{PART_MIN_ZIPF}-{PART_MIN_CHARS}.json"
    return cache_folder() / name


def cache_folder() -> Path:
    """Return the folder this project keeps its caches in ($NEWSARCHIVE_CACHE, or the
    user's cache folder)."""
    folder = os.environ.get("NEWSARCHIVE_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "newsarchive"
    )
    return Path(folder)


def _read_lexicon(path: Path) -> dict[str, float] | None:
    """Read the kept lexicon; None if there is none (or it cannot be read)."""
    try:
        words = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return words if isinstance(words, dict) else None


def _write_lexicon(path: Path, words: dict[str, float]) -> None:
    """Keep the lexicon for the next process; a cache that cannot be written is skipped."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # JSON keeps floats exactly (shortest repr); written whole, then put in place.
        tmp.write_text(json.dumps(words, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)


class _Links(dict[str, tuple[tuple[int, int], ...]]):
    """Two letters → (length, rank in LINKS) of each linking element they may begin
    with ("" always), made when first asked for."""

    def __missing__(self, letters: str) -> tuple[tuple[int, int], ...]:
        found = tuple(
            (len(link), rank) for rank, link in enumerate(LINKS) if letters.startswith(link)
        )
        self[letters] = found
        return found


_LINKS_BEFORE = _Links()
# The words split so far and their parts; started afresh past MADE_WORDS (most words
# are no compound: their parts are the one empty tuple).
MADE_WORDS = 50_000
_made: dict[str, tuple[tuple[int, int], ...]] = {}


def split_compound(word: str) -> list[tuple[int, int]]:
    """Return the (start, end) offsets of a compound's parts in the word; [] if it is none."""
    return list(compound_parts(word))


def compound_parts(word: str) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) offsets of a compound's parts in the word; () if it is none."""
    if len(word) < COMPOUND_MIN_CHARS or not word.isalpha():
        return ()
    found = _made.get(word)
    if found is None:
        if len(_made) >= MADE_WORDS:
            _made.clear()
        found = _made[word] = _split(word, MAX_PARTS)
    return found


def _split(word: str, max_parts: int) -> tuple[tuple[int, int], ...]:
    """Split a word into at most max_parts known words, preferring the most frequent parts."""
    if max_parts < 2 or len(word) < COMPOUND_MIN_CHARS:
        return ()
    cached = _spellings_cache
    if cached is not None and cached[0] is _lexicon_cache:
        words, beginnings = cached[1], cached[2]
    else:
        words, beginnings = _tables()
    lengths = beginnings.get(word[:PART_MIN_CHARS])
    if lengths is None:  # no known word begins as it does
        return ()
    get = words.get
    last = len(word) - PART_MIN_CHARS
    # The known words the word starts with, by their end (only where a known word of
    # that length begins as the word does); then each with a linking element that
    # follows it as (cut, rank of the link, end, Zipf): in the order of the cuts, and at
    # a cut in LINKS's order, as the rule takes them.
    known = [
        (end, zipf) for end in lengths if end <= last and (zipf := get(word[:end])) is not None
    ]
    if not known:
        return ()
    cuts = [
        (end + width, rank, end, zipf)
        for end, zipf in known
        for width, rank in _LINKS_BEFORE[word[end : end + 2]]
        if end + width <= last
    ]
    cuts.sort()
    best: tuple[tuple[int, int], ...] = ()
    best_score = 0.0
    head_at = -1  # the cut whose rest was looked at last
    head_zipf: float | None = None
    head_parts: tuple[tuple[int, int], ...] = ()
    for cut, _, end, modifier_zipf in cuts:
        # The split whose rarer part is most frequent wins: it is the least likely junk.
        # A modifier no more frequent than the best split so far cannot make a better
        # one, whatever follows it: the rest of the word is not looked at for it.
        if modifier_zipf <= best_score:
            continue
        if cut != head_at:
            head_at = cut
            head = word[cut:]
            head_zipf = None
            # A rest that begins as no known word does is neither a word nor a compound.
            if head[:PART_MIN_CHARS] not in beginnings:
                continue
            if ADJECTIVE_SUFFIX in head[:5] or head in INFLECTED_HEADS:
                continue  # "nordkorea|nische", "früh|eren": an adjective's ending
            head_zipf = get(head)
            if head_zipf is not None:
                head_parts = ((cut, len(word)),)
            else:
                # The rest may be a compound itself (Bundes|verfassungs|gericht).
                inner = _split_rest(head, max_parts - 1) if max_parts > 2 else ()
                if not inner:
                    continue
                head_zipf = min([get(head[a:b]) or 0.0 for a, b in inner]) or 0.0
                head_parts = tuple([(cut + a, cut + b) for a, b in inner])
        if head_zipf is None:
            continue
        score = modifier_zipf if modifier_zipf < head_zipf else head_zipf
        if score > best_score:
            best, best_score = ((0, end), *head_parts), score
    return best


# The rest of a word after its first part, split: rests recur from word to word
# ("gericht", "verfassungsgericht").
_split_rest = functools.lru_cache(maxsize=50_000)(_split)
