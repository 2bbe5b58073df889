"""Compute the reranking features of many articles at once, with numpy arrays.

The same features as search.features.doc_features gives one article at a time, for all
the articles of one language group together: each word's positions become one sorted
array of keys (the article's row in the high bits, the token position in the low bits),
so counts, first positions, windows and neighbours are array operations over all the
articles instead of Python loops over each. Sums of idf may differ from the one-article
path in the last bits (another order of additions), no more.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from search.features import Occurrences, QueryView, Word

# A key's row sits above every position: positions stay below 2**32, so windows and
# neighbours never reach into the next article's keys.
SHIFT = 32
_EMPTY = np.zeros(0, dtype=np.int64)


def features_of(
    view: QueryView,
    group: str,
    found: Sequence[Occurrences],
    lengths: Sequence[tuple[float, float]],
    names: Sequence[str],
    settings: tuple[int, int, int, float, float],
) -> list[dict[str, float]]:
    """Return the features of each article (its occurrences and title and body lengths)
    of one language group, as doc_features computes them.

    names: the features, in their order; settings: the lead, window and near sizes in
    tokens and BM25's k1 and b.
    """
    lead, window, near, k1, b = settings
    n = len(found)
    words = [w for w in view.words if w.options.get(group)]
    if not n:
        return []
    if not words:
        return [dict.fromkeys(names, 0.0) for _ in range(n)]
    m = len(words)
    title_terms = _term_keys(found, "title")
    body_terms = _term_keys(found, "body")
    title_at = _all_words([_word_keys(w, group, title_terms, n) for w in words], n)
    body_at = _all_words([_word_keys(w, group, body_terms, n) for w in words], n)
    loose = _all_words([_loose_keys(w, group, body_terms) for w in words], n)
    idf = np.array([w.idf for w in words], dtype=np.float64)
    total = sum(w.idf for w in words) or 1.0
    title_n = _counts(title_at, m, n)
    body_n = _counts(body_at, m, n)
    held = (title_n > 0) | (body_n > 0)
    lengths_a = np.array(lengths, dtype=np.float64).reshape(n, 2)
    out: dict[str, np.ndarray] = {
        "cov": held.sum(axis=1) / m,
        "cov_idf": _weighed(held, idf) / total,
        "cov_number": _share(held, [w.number for w in words]),
        "cov_proper": _share(held, [w.proper for w in words]),
        "cov_rare": _share(held, [w.rare for w in words]),
        "title_idf": _weighed(title_n > 0, idf) / total,
        "lead_idf": _weighed(_first(body_at, m, n) < lead, idf) / total,
        "window_idf": _best_window(body_at, idf, n, window) / total,
        "near": _near_pairs(body_at, title_at, m, n, near),
        "bm25_body": _bm25(_counts(loose, m, n), idf, lengths_a[:, 1], view.avg_body_words, k1, b)
        / view.max_idf,
        "bm25_title": _bm25(title_n, idf, lengths_a[:, 0], view.avg_title_words, k1, b)
        / view.max_idf,
    }
    columns = {name: values.tolist() for name, values in out.items()}
    columns["body_words"] = [math.log1p(body) for _, body in lengths]
    return [{name: float(columns[name][i]) for name in names} for i in range(n)]


# Per term of a part: its keys (sorted), and the rows whose occurrences name the term.
_Terms = dict[str, tuple[np.ndarray, set[int]]]


def _term_keys(found: Sequence[Occurrences], part: str) -> _Terms:
    """Gather each term's positions in a part over all the articles, as keys."""
    rows: dict[str, list[int]] = {}
    positions: dict[str, list[int]] = {}
    present: dict[str, set[int]] = {}
    for row, occurrences in enumerate(found):
        for term, at in occurrences.get(part, {}).items():
            if term not in positions:
                rows[term], positions[term], present[term] = [], [], set()
            rows[term].extend([row] * len(at))
            positions[term].extend(at)
            present[term].add(row)
    out: _Terms = {}
    for term, at in positions.items():
        keys = (np.array(rows[term], dtype=np.int64) << SHIFT) | np.array(at, dtype=np.int64)
        if len(keys) > 1 and not (keys[1:] > keys[:-1]).all():
            keys = np.unique(keys)  # an article's positions out of order or repeated
        out[term] = (keys, present[term])
    return out


def _word_keys(word: Word, group: str, terms: _Terms, n: int) -> np.ndarray:
    """Return a word's keys in a part: its whole terms' positions, and a compound's
    parts' positions in the articles that hold all its parts (sorted, each once)."""
    pieces: list[np.ndarray] = []
    for option in word.options.get(group, ()):
        if not option or any(t not in terms for t in option):
            continue
        if len(option) == 1:  # a whole term: every article that holds it
            pieces.extend(terms[t][0] for t in option)
            continue
        rows = set.intersection(*(terms[t][1] for t in option))
        if not rows:
            continue
        wanted = np.zeros(n, dtype=bool)
        wanted[list(rows)] = True
        for t in option:
            keys = terms[t][0]
            pieces.append(keys[wanted[keys >> SHIFT]])
    return _joined(pieces)


def _loose_keys(word: Word, group: str, terms: _Terms) -> np.ndarray:
    """Return a word's keys in a part where any of its terms occurs, a part alone too."""
    mine = {t for option in word.options.get(group, ()) for t in option}
    return _joined([terms[t][0] for t in sorted(mine) if t in terms])


def _joined(pieces: list[np.ndarray]) -> np.ndarray:
    """Return the keys of several sorted arrays, sorted and each once."""
    if len(pieces) == 1:
        return pieces[0]
    out: np.ndarray = np.unique(np.concatenate(pieces)) if pieces else _EMPTY
    return out


def _all_words(at: list[np.ndarray], n: int) -> np.ndarray:
    """Join the words' keys into one sorted array: word i's keys move up by i times n
    rows, so each (word, article) has its own run of positions."""
    return np.concatenate([k + ((i * n) << SHIFT) for i, k in enumerate(at)] + [_EMPTY])


def _counts(keys: np.ndarray, m: int, n: int) -> np.ndarray:
    """Return each article's number of positions per word (articles by words)."""
    return np.bincount(keys >> SHIFT, minlength=m * n).reshape(m, n).T


def _first(keys: np.ndarray, m: int, n: int) -> np.ndarray:
    """Return each article's first position of each word (past any position: none)."""
    out = np.full(m * n, np.iinfo(np.int64).max, dtype=np.int64)
    if len(keys):
        runs, start = np.unique(keys >> SHIFT, return_index=True)
        out[runs] = keys[start] & ((1 << SHIFT) - 1)
    first: np.ndarray = out.reshape(m, n).T
    return first


def _weighed(flags: np.ndarray, idf: np.ndarray) -> np.ndarray:
    """Return each article's idf sum of the words flagged."""
    out: np.ndarray = np.where(flags, idf, 0.0).sum(axis=1)
    return out


def _share(held: np.ndarray, kind: list[bool]) -> np.ndarray:
    """Return the share of the words of a kind each article holds; 1.0 without any."""
    mask = np.array(kind, dtype=bool)
    if not mask.any():
        return np.ones(len(held))
    share: np.ndarray = held[:, mask].sum(axis=1) / int(mask.sum())
    return share


def _bm25(
    counts: np.ndarray, idf: np.ndarray, length: np.ndarray, avg: float, k1: float, b: float
) -> np.ndarray:
    """Return each article's BM25 of a field from the words' occurrence counts."""
    norm = k1 * ((1 - b) + b * length / (avg or 1.0))
    tf = counts.astype(np.float64)
    parts = idf[None, :] * tf * (k1 + 1) / (tf + norm[:, None])
    out: np.ndarray = np.where(counts > 0, parts, 0.0).sum(axis=1)
    return out


def _best_window(keys: np.ndarray, idf: np.ndarray, n: int, size: int) -> np.ndarray:
    """Return each article's largest idf sum of distinct words inside one window of
    size positions, the window ending at a word's position."""
    best = np.zeros(n)
    if not len(keys):
        return best
    m = len(idf)
    low = (1 << SHIFT) * n
    ends = np.unique(keys % low)  # (article, position) of every word's occurrence
    asked = ((np.arange(m, dtype=np.int64) * n) << SHIFT)[:, None] + ends[None, :]
    hi = np.searchsorted(keys, asked.ravel(), "right")
    lo = np.searchsorted(keys, asked.ravel() - size, "right")
    inside = (hi - lo > 0).reshape(m, len(ends))
    np.maximum.at(best, ends >> SHIFT, idf @ inside)
    return best


def _near_pairs(body_at: np.ndarray, title_at: np.ndarray, m: int, n: int, near: int) -> np.ndarray:
    """Return each article's share of the query's neighbouring word pairs that stand
    within near positions of each other, in the body or in the title."""
    if m < 2:
        return np.zeros(n)
    close = _close(body_at, m, n, near) | _close(title_at, m, n, near)
    share: np.ndarray = close.reshape(m - 1, n).sum(axis=0) / (m - 1)
    return share


def _close(keys: np.ndarray, m: int, n: int, near: int) -> np.ndarray:
    """Tell for each pair of neighbouring words (word i and i + 1) and article whether
    some position of the one and some of the other lie within near positions."""
    out = np.zeros((m - 1) * n, dtype=bool)
    if not len(keys):
        return out
    # Each position of words 0 .. m - 2, moved into the next word's runs.
    a = keys[keys < (((m - 1) * n) << SHIFT)] + (n << SHIFT)
    at = np.searchsorted(keys, a)
    hit = np.zeros(len(a), dtype=bool)
    for j in (np.minimum(at, len(keys) - 1), np.maximum(at - 1, 0)):
        other = keys[j]
        hit |= ((other >> SHIFT) == (a >> SHIFT)) & (np.abs(other - a) <= near)
    out[(a[hit] >> SHIFT) - n] = True
    return out
