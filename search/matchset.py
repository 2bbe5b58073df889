"""What counts as a match: the articles that hold the query as a whole.

Ranking takes every article with any of the query's words; the result set, which the
archive counts, facets, draws on the timeline and sorts by date, and which ranking lists
first, holds only the articles that match the query as a whole:

- a word matches by any of its forms (stem, umlaut spelling, compound parts, hyphen
  variants): what its word group's query matches, and for a plain word the forms of
  search.holding (a compound it starts, its inflected and derived forms); words joined
  by ODER are one word, a
  phrase in quotes is one word, words joined by UND are one word needing both;
- content words are the words that are not stopwords (German or English), and that some
  article holds (a word no article holds cannot narrow anything);
- a query of up to ALL_WORDS content words needs all of them; a longer query needs all
  of them too when some of its matches hold them all, else MIN_SHARE of them; a question
  (which paraphrases its answer) needs QUESTION_SHARE. Each word counts once: measured
  on the dev sets, weighing words by their rarity loses the articles meant, since the
  words a reader misremembers or paraphrases are mostly the rare ones (README, "What
  counts as a match");
- when no article holds that many, the set falls back to the articles holding the most
  of the words; a keyword query whose set does not ask every word shows a notice
  (FALLBACK_NOTICE) either way, and its date sort lists the articles of the set holding
  the most of the words first (MatchSet.most_first).

The set is decided per article, so it is the same with and without filters: the facet
counts (each facet without its own filter) count the same kind of article as the total.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

# Queries of up to this many content words need all of them (longer ones too, when some
# match holds them all).
ALL_WORDS = 3
# The share of their content words an article must hold: longer queries that no match
# holds whole, and questions.
MIN_SHARE = 0.6
QUESTION_SHARE = 0.2
FALLBACK_NOTICE = "Keine Artikel mit allen Wörtern – Artikel mit einigen davon"

_EMPTY = np.empty(0, dtype=np.int64)


@dataclass(frozen=True)
class Word:
    """A content word of the query: as typed, and the articles holding it (sorted)."""

    text: str
    docs: np.ndarray


@dataclass(frozen=True)
class MatchSet:
    """The result set among a query's matches.

    docs: the articles of the set among the matches (sorted); need: how many of the
    words an article of the set holds at least; fallback: no article holds every word of
    a keyword query (the notice says so), need is the share rule's or, if no article
    held as many as the rule asks, the most any holds; first: how many words a match holds to be
    listed first in relevance order (the share rule's, when the set asks every word);
    ahead: the matches holding that many (sorted; docs when first is need).
    """

    words: tuple[Word, ...]
    docs: np.ndarray
    need: int
    fallback: bool
    first: int
    ahead: np.ndarray

    def inside(self, docnums: np.ndarray) -> np.ndarray:
        """Tell, for each of the given documents, whether it belongs to the set."""
        return held_count(docnums, self.words) >= self.need

    def listed_first(self, docnums: np.ndarray) -> np.ndarray:
        """Tell, for each of the given documents, whether relevance order lists it with
        the set: a set that asks every word lists the matches holding the share rule's
        words with it (a reader who misremembers a word still finds the article first;
        those outside the set are marked)."""
        return held_count(docnums, self.words) >= min(self.first, self.need)

    def most_first(self) -> np.ndarray:
        """Return the documents of the set a date sort lists first: when the set of a
        keyword query does not ask every word (no article holds them all), those holding
        the most words any of them holds; else the whole set. The rest follow, newest
        first too, each hit naming the words it lacks."""
        if not self.fallback or self.need >= len(self.words) or not len(self.docs):
            return self.docs
        counts = held_count(self.docs, self.words)
        best: np.ndarray = self.docs[counts == counts.max()]
        return best

    def missing(self, docnums: list[int]) -> dict[int, list[str]]:
        """Return, for each document, the content words it lacks (as typed)."""
        if not self.words:
            return {d: [] for d in docnums}
        at = np.array(docnums, dtype=np.int64)
        texts = [w.text for w in self.words]
        # One row of flags per document, as Python lists (numpy's one at a time are slow).
        lacks = np.array([~_holds(at, w.docs) for w in self.words]).reshape(len(texts), -1)
        return {
            d: [t for t, lacking in zip(texts, row, strict=True) if lacking]
            for d, row in zip(docnums, lacks.T.tolist(), strict=True)
        }


def content_words(groups: list[tuple[str, np.ndarray, bool]]) -> tuple[Word, ...]:
    """Keep the content words of a query's word groups (text, articles holding it,
    whether it is no stopword): those some article holds."""
    return tuple(Word(text, docs) for text, docs, content in groups if content and len(docs))


def is_content(fieldnames: set[str], pattern: bool = False) -> bool:
    """Tell whether a word group is a content word: it has terms in the German and the
    English fields (a stopword of either language has none there), or it is a pattern
    (a prefix typed with *), which is deliberate."""
    return pattern or (
        any(n.endswith("_de") for n in fieldnames) and any(n.endswith("_en") for n in fieldnames)
    )


def required(words: int, question: bool) -> int:
    """Return how many of its content words an article must hold when no match holds
    them all."""
    if not words:
        return 0
    if question:
        share = QUESTION_SHARE
    elif words <= ALL_WORDS:
        return words
    else:
        share = MIN_SHARE
    return max(1, math.ceil(share * words - 1e-9))


def _holds(docnums: np.ndarray, docs: np.ndarray) -> np.ndarray:
    """Tell, for each of docnums, whether it is among the sorted docs."""
    if not len(docs) or not len(docnums):
        return np.zeros(len(docnums), dtype=bool)
    at = np.searchsorted(docs, docnums)
    at[at == len(docs)] = 0
    return np.asarray(docs[at] == docnums)


def held_count(docnums: np.ndarray, words: tuple[Word, ...]) -> np.ndarray:
    """Return how many of the words each of the given documents holds."""
    out = np.zeros(len(docnums), dtype=np.int64)
    for w in words:
        out += _holds(docnums, w.docs)
    return out


def match_set(matched: np.ndarray, words: tuple[Word, ...], question: bool) -> MatchSet:
    """Choose the result set among the matched articles (sorted document numbers)."""
    first = need = required(len(words), question)
    if not len(matched) or not need:
        return MatchSet(words, matched, need, False, first, matched)
    counts = held_count(matched, words)
    if not question and need < len(words) and (counts == len(words)).any():
        # Some match holds every word: a date sort, the total and the timeline show those
        # (measured on the dev sets' tune part: bench/result_sets.py, rule C).
        need = len(words)
    inside = counts >= need
    if inside.any():
        docs = matched[inside]
        ahead = docs if first == need else matched[counts >= first]
        # A keyword query no article matches with every word says so, as a fallback does.
        return MatchSet(words, docs, need, not question and need < len(words), first, ahead)
    best = int(counts.max())
    docs = matched[counts >= best]
    return MatchSet(words, docs, best, True, best, docs)


def among(chosen: MatchSet, docs: np.ndarray) -> np.ndarray:
    """Return the documents of docs (sorted) that the set's rule takes (same need)."""
    if not chosen.need or not len(docs):
        return docs
    return docs[held_count(docs, chosen.words) >= chosen.need]


def empty() -> MatchSet:
    """Return the set of a query without words (every match belongs)."""
    return MatchSet((), _EMPTY, 0, False, 0, _EMPTY)
