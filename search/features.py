"""Features of a candidate article for a query: what reranking weighs besides BM25F.

For each word of the query (a word group: the word, its folded and stemmed forms, its
compound parts, its hyphen variants) the index tells where it occurs in the article's
title and body (token positions). From that:

- coverage: the share of the query's words the article holds, each weighing by its
  idf, and the share of the specific words (numbers, names, rare words;
  search.specific);
- title and lead: the idf-weighted share found in the headline and in the first
  LEAD_TOKENS words of the body, where news puts the answer's context;
- proximity: the largest idf-weighted share inside one window of WINDOW_TOKENS words,
  and the share of the query's neighbouring words that stand together in the article.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from whoosh import query as wq
from whoosh.fields import Schema
from whoosh.query import spans as wspans

from index.schema import LANGUAGE_GROUPS, TEXT_FIELDS, analyzer_group, text_field
from search.feature_arrays import features_of
from search.specific import is_number, is_proper
from search.whoosh_read import leaf_positions

# Sizes measured on the dev sets' tune folds (bench/relevance_lab.py): the lead, the
# opening words of the body, which carry the story's who, what and where; a window of
# words, a few sentences; two query words this close (in words) stand together, as a
# name and its role or a number and its unit do.
LEAD_TOKENS = 100
WINDOW_TOKENS = 60
NEAR_TOKENS = 6
# BM25 of the body and title as these features compute it (not the index's BM25F).
K1 = 1.2
B = 0.75

FEATURES = (
    "cov",
    "cov_idf",
    "cov_number",
    "cov_proper",
    "cov_rare",
    "title_idf",
    "lead_idf",
    "window_idf",
    "near",
    "bm25_body",
    "bm25_title",
    "body_words",
)


@dataclass(frozen=True)
class Word:
    """One word group of a query, as reranking reads it."""

    text: str
    # Per language group: the sets of terms that each match the word (a term; a
    # compound's parts, all needed; a phrase's words).
    options: dict[str, tuple[frozenset[str], ...]]
    idf: float
    number: bool
    proper: bool
    rare: bool = False

    def terms(self, group: str) -> frozenset[str]:
        """Return every term of the word in a language group."""
        return frozenset(t for option in self.options.get(group, ()) for t in option)


@dataclass
class QueryView:
    """The query's words with their weights, and the index figures the features need."""

    words: list[Word]
    question: bool
    # idf of the rarest possible word (a word in one article): idf is divided by it.
    max_idf: float
    avg_body_words: float
    avg_title_words: float


def options_of(q: wq.Query, fieldnames: frozenset[str]) -> list[frozenset[str]]:
    """Return the term sets that each match a word query in the given fields."""
    if isinstance(q, wq.Term):
        return [frozenset([_text(q.text)])] if q.fieldname in fieldnames else []
    if isinstance(q, wq.Phrase):
        return [frozenset(_text(w) for w in q.words)] if q.fieldname in fieldnames else []
    if isinstance(q, wspans.SpanNear2):
        terms = [s for s in q.qs if isinstance(s, wq.Term) and s.fieldname in fieldnames]
        return [frozenset(_text(t.text) for t in terms)] if terms else []
    if isinstance(q, wq.And):
        out = [frozenset[str]()]
        for sub in q.subqueries:
            alternatives = options_of(sub, fieldnames)
            if not alternatives:
                return []
            out = [a | b for a in out for b in alternatives][:16]
        return out
    if isinstance(q, wq.Or):
        return [o for sub in q.subqueries for o in options_of(sub, fieldnames)]
    if isinstance(q, wq.AndNot):
        return options_of(q.a, fieldnames)
    return []


def _text(t: Any) -> str:
    return t.decode("utf-8") if isinstance(t, bytes) else str(t)


def make_word(
    text: str, q: wq.Query, idf: Callable[[str, str], float], first: bool = False
) -> Word:
    """Read one word group's query into a Word, weighed by its rarest term's idf."""
    options = {}
    for group in LANGUAGE_GROUPS:
        names = frozenset(text_field(part, group) for part in TEXT_FIELDS)
        found = tuple(dict.fromkeys(options_of(q, names)))
        if found:
            options[group] = found
    de = options.get("de", ())
    # A word weighs by its best-matching form: the whole word's idf, or its parts' least.
    weights = [min(idf(text_field("body", "de"), t) for t in option) for option in de if option]
    return Word(
        text=text,
        options=options,
        idf=max(weights, default=1.0),
        number=is_number(text),
        proper=is_proper(text, first),
    )


# Where a query's terms occur in one article: per text part ("title", "body"), per term,
# the token positions (stopwords count as positions; a compound's parts share its own).
Occurrences = dict[str, dict[str, list[int]]]


def term_positions(
    searcher: Any, fieldname: str, term: str, docnums: Iterable[int]
) -> dict[int, list[int]]:
    """Return where a term occurs (token positions) in the given documents of the index."""
    return _term_positions(_local_docs(searcher, docnums), fieldname, term)


# Each segment holding some of the given documents, with its offset and those documents
# (local numbers, deleted ones left out).
_Local = list[tuple[Any, int, list[int]]]


def _local_docs(searcher: Any, docnums: Iterable[int]) -> _Local:
    """Split documents of the index by segment, once for all the terms looked up."""
    wanted = sorted(set(docnums))
    out: _Local = []
    if not wanted:
        return out
    for leaf, offset in searcher.reader().leaf_readers():
        end = offset + leaf.doc_count_all()
        local = [d - offset for d in wanted if offset <= d < end]
        local = [d for d in local if not leaf.is_deleted(d)]
        if local:  # a segment without any of them has no positions to read
            out.append((leaf, offset, local))
    return out


def _term_positions(split: _Local, fieldname: str, term: str) -> dict[int, list[int]]:
    out: dict[int, list[int]] = {}
    for leaf, offset, local in split:
        for d, at in leaf_positions(leaf, fieldname, term, local).items():
            out[d + offset] = at
    return out


def read_occurrences(
    searcher: Any, docnums: list[int], view: QueryView, groups: Iterable[str]
) -> dict[int, Occurrences]:
    """Read the positions of the query's terms in the given documents from the index."""
    wanted = sorted(set(docnums))
    out: dict[int, Occurrences] = {d: {"title": {}, "body": {}} for d in wanted}
    split = _local_docs(searcher, wanted)
    for group in groups:
        terms = sorted({t for w in view.words for t in w.terms(group)})
        for part in ("title", "body"):
            fieldname = text_field(part, group)
            if fieldname not in searcher.schema:
                continue
            for term in terms:
                for d, at in _term_positions(split, fieldname, term).items():
                    out[d][part][term] = at
    return out


def _positions(word: Word, group: str, found: dict[str, list[int]]) -> list[int]:
    """Return where a word occurs in a part: its whole terms' positions, and a compound's
    parts' positions where all its parts occur in that part."""
    out: set[int] = set()
    for option in word.options.get(group, ()):
        if option and all(t in found for t in option):
            for t in option:
                out.update(found[t])
    return sorted(out)


def _loose_positions(word: Word, group: str, found: dict[str, list[int]]) -> list[int]:
    """Return where any term of a word occurs in a part, a compound's parts alone too."""
    return sorted({p for t in word.terms(group) for p in found.get(t, ())})


def doc_features(
    view: QueryView,
    group: str,
    found: Occurrences,
    lengths: tuple[float, float],
    lead: int = LEAD_TOKENS,
    window: int = WINDOW_TOKENS,
    near: int = NEAR_TOKENS,
) -> dict[str, float]:
    """Compute the features of one article for a query from where its terms occur.

    group: the article's language group; lengths: its title and body length in terms.
    """
    # Words without terms in the article's language (a stopword there) do not count.
    words = [w for w in view.words if w.options.get(group)]
    out = dict.fromkeys(FEATURES, 0.0)
    if not words:
        return out
    title_at = [_positions(w, group, found.get("title", {})) for w in words]
    body_at = [_positions(w, group, found.get("body", {})) for w in words]
    held = [bool(t or b) for t, b in zip(title_at, body_at, strict=True)]
    total = sum(w.idf for w in words) or 1.0

    def weighed(flags: Iterable[bool]) -> float:
        return sum(w.idf for w, h in zip(words, flags, strict=True) if h) / total

    out["cov"] = sum(held) / len(words)
    out["cov_idf"] = weighed(held)
    out["cov_number"] = _share([h for w, h in zip(words, held, strict=True) if w.number])
    out["cov_proper"] = _share([h for w, h in zip(words, held, strict=True) if w.proper])
    out["cov_rare"] = _share([h for w, h in zip(words, held, strict=True) if w.rare])
    out["title_idf"] = weighed(bool(t) for t in title_at)
    out["lead_idf"] = weighed(bool(b) and b[0] < lead for b in body_at)
    out["window_idf"] = _best_window(words, body_at, window) / total
    out["near"] = _near_pairs(body_at, title_at, near)
    title_len, body_len = lengths
    # The body's BM25 counts a compound's parts found apart too: "Ladenschließungen" is
    # answered by an article on closed shops ("Läden … geschlossen") as well.
    loose = [_loose_positions(w, group, found.get("body", {})) for w in words]
    out["bm25_body"] = _bm25(words, loose, body_len, view.avg_body_words) / view.max_idf
    out["bm25_title"] = _bm25(words, title_at, title_len, view.avg_title_words) / view.max_idf
    out["body_words"] = math.log1p(body_len)
    return out


def _share(flags: list[bool]) -> float:
    """Return the share of true flags; 1.0 when there are none (nothing to miss)."""
    return sum(flags) / len(flags) if flags else 1.0


def _bm25(words: list[Word], at: list[list[int]], length: float, avg: float) -> float:
    """Return BM25 of a field from the words' occurrence counts."""
    norm = K1 * ((1 - B) + B * length / (avg or 1.0))
    return sum(
        w.idf * len(p) * (K1 + 1) / (len(p) + norm) for w, p in zip(words, at, strict=True) if p
    )


def _best_window(words: list[Word], at: list[list[int]], size: int) -> float:
    """Return the largest idf sum of distinct words inside one window of the body."""
    events = sorted((p, i) for i, positions in enumerate(at) for p in positions)
    best = 0.0
    counts: dict[int, int] = {}
    weight = 0.0
    lo = 0
    for p, i in events:
        counts[i] = counts.get(i, 0) + 1
        if counts[i] == 1:
            weight += words[i].idf
        while events[lo][0] <= p - size:
            j = events[lo][1]
            counts[j] -= 1
            if counts[j] == 0:
                weight -= words[j].idf
            lo += 1
        best = max(best, weight)
    return best


def _near_pairs(body_at: list[list[int]], title_at: list[list[int]], near: int) -> float:
    """Return the share of the query's neighbouring word pairs that stand together."""
    pairs = len(body_at) - 1
    if pairs < 1:
        return 0.0
    together = 0
    for i in range(pairs):
        for at in (body_at, title_at):
            a, b = at[i], at[i + 1]
            if a and b and _close(a, b, near):
                together += 1
                break
    return together / pairs


def _close(a: list[int], b: list[int], near: int) -> bool:
    """Tell whether some position of a and some of b lie within near positions."""
    i = j = 0
    while i < len(a) and j < len(b):
        if abs(a[i] - b[j]) <= near:
            return True
        if a[i] < b[j]:
            i += 1
        else:
            j += 1
    return False


# A word this rare (idf at least this share of the rarest possible) counts as rare.
RARE_SHARE = 0.6


def query_view(
    schema: Schema,
    words: list[tuple[str, wq.Query]],
    question: bool,
    searcher: Any,
    term_idf: Callable[[str, str], float] | None = None,
) -> QueryView:
    """Weigh a query's word groups (typed text and query each) over an open searcher.

    term_idf: a term's idf over the index (None: the searcher's).
    """
    of = term_idf or searcher.idf

    def idf(fieldname: str, term: str) -> float:
        return float(of(fieldname, term)) if fieldname in schema else 1.0

    n = searcher.doc_count() or 1
    max_idf = math.log(n / 1) + 1.0
    made = [make_word(text, q, idf, first=i == 0) for i, (text, q) in enumerate(words)]
    made = [replace(w, rare=w.idf >= RARE_SHARE * max_idf) for w in made]
    body, title = text_field("body", "de"), text_field("title", "de")
    return QueryView(
        words=made,
        question=question,
        max_idf=max_idf,
        avg_body_words=float(searcher.avg_field_length(body) or 1.0) if body in schema else 1.0,
        avg_title_words=float(searcher.avg_field_length(title) or 1.0) if title in schema else 1.0,
    )


def candidate_features(
    searcher: Any,
    words: list[tuple[str, wq.Query]],
    question: bool,
    docnums: list[int],
    langs: Sequence[str],
    idf: Callable[[str, str], float] | None = None,
) -> list[dict[str, float]]:
    """Compute the features of the top documents for a query's word groups.

    words: each word group as typed with its query; langs: each document's language by
    number; idf: a term's idf over the index (None: the searcher's).
    """
    view = query_view(searcher.schema, words, question, searcher, idf)
    groups = {d: analyzer_group(langs[d] or "") for d in docnums}
    found: dict[int, Occurrences] = {}
    lengths: dict[int, tuple[float, float]] = {}
    for group in sorted(set(groups.values())):
        mine = [d for d in docnums if groups[d] == group]
        found.update(read_occurrences(searcher, mine, view, (group,)))
        for d in mine:
            title = float(searcher.doc_field_length(d, text_field("title", group), 0) or 0)
            body = float(searcher.doc_field_length(d, text_field("body", group), 0) or 0)
            lengths[d] = (title, body)
    # All groups read first, then computed: each group's articles at once (numpy).
    computed: dict[int, dict[str, float]] = {}
    settings = (LEAD_TOKENS, WINDOW_TOKENS, NEAR_TOKENS, K1, B)
    for group in sorted(set(groups.values())):
        mine = list(dict.fromkeys(d for d in docnums if groups[d] == group))
        rows = features_of(
            view, group, [found[d] for d in mine], [lengths[d] for d in mine], FEATURES, settings
        )
        computed.update(zip(mine, rows, strict=True))
    return [dict(computed[d]) for d in docnums]
