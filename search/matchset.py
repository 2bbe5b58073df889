"""What counts as a match: the articles that hold the query as a whole.

Ranking takes every article with any of the query's words; the result set, which the
archive counts, facets, draws on the timeline and sorts by date, holds only the articles
that match the query as a whole:

- a word matches by any of its forms (stem, umlaut spelling, compound parts, hyphen
  variants): what its word group's query matches;
- a query of up to ALL_WORDS content words needs all of them; a longer query needs a
  share of at least MIN_SHARE of its content words, each weighing by its idf, so the
  rarest weigh most; a question (which paraphrases its answer) QUESTION_SHARE;
- content words are the words that are not stopwords (German or English);
- when no article holds that, the set falls back to the articles that hold the most of
  the words (the best share any article reaches), with a notice.

Explicit operators keep their meaning: the query's own structure (UND, ODER, -, quotes)
decides which articles match at all; the rule only narrows that.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

# Queries of up to this many content words need all of them.
ALL_WORDS = 3
# The idf-weighted share of their content words an article must hold: longer queries,
# and questions (which paraphrase their answer: many of their words are not in it).
# Measured on the dev sets (bench/relevance_lab.py sets; README, "What counts as a match").
MIN_SHARE = 0.6
QUESTION_SHARE = 0.2
FALLBACK_NOTICE = "Keine Artikel mit allen Wörtern – Artikel mit einigen davon"


@dataclass(frozen=True)
class Word:
    """A word group of the query as the result set weighs it."""

    weight: float
    content: bool


@dataclass(frozen=True)
class MatchSet:
    """The articles that match the query as a whole (sorted document numbers).

    fallback: no article matched as a whole; docs are those holding the most words.
    share: the share each article of `among` holds (the matches the set was chosen from).
    """

    docs: np.ndarray
    fallback: bool
    required: float


def is_content(fieldnames: Iterable[str]) -> bool:
    """Tell whether a word group is a content word: it has terms in the German and the
    English fields (a stopword of either language has none there)."""
    names = set(fieldnames)
    return any(n.endswith("_de") for n in names) and any(n.endswith("_en") for n in names)


def required_share(words: list[Word], question: bool) -> float:
    """Return the share of the content words' weight an article must hold."""
    if question:
        return QUESTION_SHARE
    content = [w for w in words if w.content]
    return 1.0 if len(content) <= ALL_WORDS else MIN_SHARE


def shares(matched: np.ndarray, held: list[np.ndarray], words: list[Word]) -> np.ndarray:
    """Return the idf-weighted share of the content words each matched article holds.

    held: for each word, the sorted documents it matches.
    """
    total = sum(w.weight for w in words if w.content)
    out = np.zeros(len(matched), dtype=np.float64)
    if not total:
        return out + 1.0
    for w, docs in zip(words, held, strict=True):
        if w.content:
            out += w.weight * np.isin(matched, docs, assume_unique=True)
    return out / total


def match_set(
    matched: np.ndarray, held: list[np.ndarray], words: list[Word], question: bool
) -> MatchSet:
    """Choose the result set among the matched articles (sorted document numbers)."""
    need = required_share(words, question)
    if not len(matched) or not any(w.content for w in words):
        return MatchSet(matched, False, need)
    got = shares(matched, held, words)
    # Rounding: an article holding every word has a share of 1 within float error.
    inside = got >= need - 1e-9
    if inside.any():
        return MatchSet(matched[inside], False, need)
    best = float(got.max())
    return MatchSet(matched[got >= best - 1e-9], True, best)
