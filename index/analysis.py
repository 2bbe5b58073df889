"""Text analysis: the tokenizer and filters that turn article text into index terms.

Each analyzer is a visible pipeline (tokenizer | filter | ...), built once here and
pickled into the index schema, so the query side uses exactly what the indexer used.
Every class is module-level and picklable, as Whoosh's multiprocessing writer and the
on-disk schema require.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh.analysis import Analyzer, Filter, LowercaseFilter, Token, Tokenizer

from index.compounds import COMPOUND_MIN_CHARS, split_compound
from index.folding import cached_german_fold, fold_accents
from index.stopwords import ENGLISH_STOPWORDS, GERMAN_STOPWORDS
from index.word_pattern import (
    AGE,
    DAY_MONTH_YEAR,
    JOINERS,
    MONTHS,
    PART,
    TOKEN,
    same_as,
    word_width,
)

# Position markers and such leave single letters; digits stay (Artikel 5, G7).
MIN_LETTER_TOKEN = 2


class NewsTokenizer(Tokenizer):
    """Split text into words; emit a hyphenated word joined and then part by part.

    "Jong-un" yields "jongun" (the joined form, at the first part's position) and then
    "Jong" and "un" at consecutive positions, so a search finds the name typed with or
    without its hyphen and by its parts. Character offsets point into the input text.
    """

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(
        self,
        value: str,
        positions: bool = False,
        chars: bool = False,
        keeporiginal: bool = False,
        removestops: bool = True,
        start_pos: int = 0,
        start_char: int = 0,
        tokenize: bool = True,
        mode: str = "",
        **kwargs: object,
    ) -> Iterator[Token]:
        t = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            t.original = t.text = value
            t.boost = 1.0
            t.pos = start_pos
            t.startchar, t.endchar = start_char, start_char + len(value)
            yield t
            return
        pos = start_pos
        for match in TOKEN.finditer(value):
            word = match.group(0)
            start = start_char + match.start()
            end = start_char + match.end()
            if JOINERS.search(word) is None:
                yield self._set(t, word, pos, start, end)
                same = same_as(word)
                if same is not None:
                    yield self._set(t, same, pos, start, end, derived=True)
                pos += 1
                continue
            date = DAY_MONTH_YEAR.fullmatch(word)
            if date is not None:
                yield from self._date(t, date, pos, start)
                pos += word_width(word)
                continue
            yield self._set(t, JOINERS.sub("", word), pos, start, end, True)
            number = False
            for part in PART.finditer(word):
                a, b = start + part.start(), start + part.end()
                yield self._set(t, part.group(0), pos, a, b)
                if number and AGE.fullmatch(part.group(0)):
                    yield self._set(t, "Jahre", pos, a, b, derived=True)
                same = same_as(part.group(0))
                if same is not None:
                    yield self._set(t, same, pos, a, b, derived=True)
                number = part.group(0).isdigit()
                pos += 1

    def _date(self, t: Token, date: re.Match[str], pos: int, start: int) -> Iterator[Token]:
        """Yield a date in figures as day, month name and year ("05.01.2021" → 5 januar 2021)."""
        day, month = int(date.group(1)), int(date.group(2))
        valid = 1 <= day <= 31 and 1 <= month <= 12
        for i in range(1, 4):
            text = date.group(i)
            if text is None:
                continue
            a, b = start + date.start(i), start + date.end(i)
            if valid and i == 1:
                text = str(day)
            elif valid and i == 2:
                yield self._set(t, text, pos, a, b)
                text = MONTHS[month - 1]
                yield self._set(t, text, pos, a, b, derived=True)
                pos += 1
                continue
            yield self._set(t, text, pos, a, b, derived=text != date.group(i))
            pos += 1

    @staticmethod
    def _set(
        t: Token,
        text: str,
        pos: int,
        startchar: int,
        endchar: int,
        joined: bool = False,
        derived: bool = False,
    ) -> Token:
        # `joined` marks the hyphen-joined form, whose parts follow as their own tokens;
        # `derived` a word the text means but does not spell (a month's name for its figure).
        t.joined = joined
        t.derived = derived
        t.text = t.original = text
        t.boost = 1.0
        t.stopped = False
        t.pos = pos
        t.startchar = startchar
        t.endchar = endchar
        return t


class StopFilter(Filter):
    """Drop stopwords and single letters, keeping the positions of the other words.

    Positions are not renumbered: words that share a position (the joined and first
    part of a hyphenated word) must keep sharing it, and phrase queries allow for the
    gap a dropped word leaves.
    """

    def __init__(self, stoplist: Iterable[str]) -> None:
        self.stops = frozenset(stoplist)

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.stops == other.stops

    def __hash__(self) -> int:
        return hash((type(self), len(self.stops)))

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        stops = self.stops
        for t in tokens:
            text = t.text
            if text in stops or (len(text) < MIN_LETTER_TOKEN and not text.isdigit()):
                if not t.removestops:
                    t.stopped = True
                    yield t
                continue
            yield t

    def texts(self, texts: list[str]) -> list[str]:
        """Return the texts of one word's tokens that are kept, as __call__ keeps them
        when stopwords are removed (as in indexing)."""
        stops = self.stops
        return [
            text
            for text in texts
            if not (text in stops or (len(text) < MIN_LETTER_TOKEN and not text.isdigit()))
        ]


class DecompoundFilter(Filter):
    """After a compound, emit its parts at the compound's position, with their offsets.

    "Waffenlieferungen" yields itself, then "waffen" and "lieferungen" pointing into the
    word, so a search for "Lieferung von Waffen" finds it and a snippet marks the part.
    """

    # Splits are cached by split_compound's memoized core, shared by every analyzer.

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        for t in tokens:
            # Read the word before yielding it: later filters stem the shared token.
            text = t.text
            start = t.startchar if t.chars else 0
            yield t
            if (
                len(text) < COMPOUND_MIN_CHARS
                or getattr(t, "joined", False)
                or getattr(t, "derived", False)
            ):
                continue
            parts = split_compound(text)
            if not parts:
                continue
            for a, b in parts:
                t.text = text[a:b]
                if t.chars:
                    t.startchar, t.endchar = start + a, start + b
                yield t

    def texts(self, texts: list[str]) -> list[str]:
        """Return the texts __call__ makes of tokens neither joined nor derived."""
        out: list[str] = []
        for text in texts:
            out.append(text)
            if len(text) >= COMPOUND_MIN_CHARS:
                out.extend([text[a:b] for a, b in split_compound(text)])
        return out


class GermanFoldFilter(Filter):
    """Fold umlauts and ß with their ae/oe/ue/ss spellings (München = Muenchen = Munchen)."""

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        for t in tokens:
            t.text = cached_german_fold(t.text)
            yield t

    def texts(self, texts: list[str]) -> list[str]:
        """Return the texts __call__ makes of tokens of these texts."""
        return [cached_german_fold(text) for text in texts]


class AccentFoldFilter(Filter):
    """Strip diacritics (é→e, ñ→n) and fold ß to ss."""

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        for t in tokens:
            if not t.text.isascii():
                t.text = fold_accents(t.text)
            yield t

    def texts(self, texts: list[str]) -> list[str]:
        """Return the texts __call__ makes of tokens of these texts."""
        return [text if text.isascii() else fold_accents(text) for text in texts]


# A letter German does not have (not ASCII, nor ä, ö, ü, ß): one scan in C per word.
_FOREIGN = re.compile(r"[^\x00-\x7f\u00e4\u00f6\u00fc\u00df]")


class ForeignAccentFilter(Filter):
    """Strip the accents German does not have (é→e, ñ→n), keeping ä, ö, ü and ß.

    Runs before the German stemmer, so "Charité" and "Charite" lose the same ending.
    """

    KEEP = frozenset("äöüß")

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other)

    def __hash__(self) -> int:
        return hash(type(self))

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        keep = self.KEEP
        for t in tokens:
            text = t.text
            if not text.isascii() and _FOREIGN.search(text) is not None:
                t.text = "".join(c if c in keep or c.isascii() else fold_accents(c) for c in text)
            yield t

    def texts(self, texts: list[str]) -> list[str]:
        """Return the texts __call__ makes of tokens of these texts."""
        keep = self.KEEP
        return [
            "".join(c if c in keep or c.isascii() else fold_accents(c) for c in text)
            if not text.isascii() and _FOREIGN.search(text) is not None
            else text
            for text in texts
        ]


class SnowballFilter(Filter):
    """Stem with a Snowball stemmer (PyStemmer), caching stems of frequent words."""

    CACHE_LIMIT = 50_000

    def __init__(self, language: str) -> None:
        self.language = language
        self._stemmer: Any = None
        self._cache: dict[str, str] = {}

    def __getstate__(self) -> dict[str, object]:
        # The C stemmer and the cache are rebuilt lazily after unpickling.
        return {"language": self.language}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.language = str(state["language"])
        self._stemmer = None
        self._cache = {}

    def __eq__(self, other: object) -> bool:
        return type(self) is type(other) and self.language == other.language

    def __hash__(self) -> int:
        return hash((type(self), self.language))

    def stem(self, word: str) -> str:
        """Return the stem of one lower-cased word."""
        stem = self._cache.get(word)
        if stem is None:
            if self._stemmer is None:
                import Stemmer

                self._stemmer = Stemmer.Stemmer(self.language)
                # Its own cache, on top of this one, took half the time of a new word.
                self._stemmer.maxCacheSize = 0
            stem = self._stemmer.stemWord(word)
            if len(self._cache) >= self.CACHE_LIMIT:
                self._cache.clear()
            self._cache[word] = stem
        return stem

    def __call__(self, tokens: Iterable[Token]) -> Iterator[Token]:
        stem = self.stem
        for t in tokens:
            if not t.stopped:
                t.text = stem(t.text)
            yield t

    def texts(self, texts: list[str]) -> list[str]:
        """Return the texts __call__ makes of tokens not stopped."""
        return [self.stem(text) for text in texts]


def german_analyzer() -> Analyzer:
    """Build the German analyzer: words, lowercase, compound parts, stopwords, stems, folding."""
    # Folding runs after the stemmer: Snowball German reads ä/ae and ß/ss itself and
    # its suffix rules need the unfolded word; the fold then catches what it leaves.
    return (
        NewsTokenizer()
        | LowercaseFilter()
        | DecompoundFilter()
        | StopFilter(GERMAN_STOPWORDS)
        | ForeignAccentFilter()
        | SnowballFilter("german")
        | GermanFoldFilter()
    )


def english_analyzer() -> Analyzer:
    """Build the English analyzer: words, lowercase, stopwords, Snowball English, accents off."""
    return (
        NewsTokenizer()
        | LowercaseFilter()
        | StopFilter(ENGLISH_STOPWORDS)
        | SnowballFilter("english")
        | AccentFoldFilter()
    )


def plain_analyzer() -> Analyzer:
    """Build the analyzer for other languages: words, lowercase, accents folded, no stemming."""
    return NewsTokenizer() | LowercaseFilter() | StopFilter(()) | AccentFoldFilter()


def query_term(analyzer: Analyzer, text: str) -> str | None:
    """Return the first term an analyzer makes of a word typed in a query, None if none
    (a stopword)."""
    for token in analyzer(text, mode="query"):
        return str(token.text)
    return None


def tokens(analyzer: Analyzer, text: str) -> list[str]:
    """Return the terms an analyzer makes of a text, in order."""
    return [t.text for t in analyzer(text, positions=True)]
