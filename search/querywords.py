"""The query's content words and the articles of the index holding each.

The result set (search.matchset) asks of each article which of the query's content words
it holds. A word holds by what its word group's query matches, and a plain word also by
its other forms (search.holding), whose terms are looked up once per commit and kept in
Commit.forms. The postings the words are read from are handed on to ranking.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from whoosh import query as wq

from search import clipped, holding, matchset, parts
from search.commit import Commit
from search.compile import Compiled
from search.matches import ExactPostings, Postings, plain, union

_NO_DOCS = np.empty(0, dtype=np.int64)


@dataclass(frozen=True)
class QueryWords:
    """The commit's postings, the query's content words, and (when asked) the documents
    the whole query matches."""

    postings: ExactPostings
    words: tuple[matchset.Word, ...]
    docs: np.ndarray | None = None
    # The terms to mark per text field (marked_terms).
    marked: dict[str, set[str]] = field(default_factory=dict)


def read(commit: Commit, compiled: Compiled, whole: bool = False) -> QueryWords:
    """Read the query's content words from the commit's postings (whole: also the
    documents the query matches)."""
    # The terms of the plain words' other forms first: the trip visits each module once.
    forms = other_forms(commit, compiled)
    postings = ExactPostings(commit.searcher, commit.field_lengths, commit.memo)
    words = content_words(commit, compiled, postings, forms)
    found = docs(commit, postings, compiled.query) if whole else None
    return QueryWords(postings, words, found, _with_forms(compiled.terms_by_field, forms))


def content_words(
    commit: Commit,
    compiled: Compiled,
    postings: Postings,
    forms: dict[str, holding.Terms] | None = None,
) -> tuple[matchset.Word, ...]:
    """Return the query's content words with the articles (of the whole index) holding
    each (search.matchset): a plain word's also those with its other forms (forms: the
    terms of each, from other_forms(); None: found here)."""
    if compiled.browse:
        return ()
    if forms is None:
        forms = other_forms(commit, compiled)
    groups = []
    for (typed, _), group, terms, word, asking in zip(
        compiled.word_groups,
        compiled.groups,
        compiled.group_terms,
        compiled.plain_words,
        _asking(compiled),
        strict=True,
    ):
        content = not asking and matchset.is_content({f for f, _ in terms}, _pattern(group))
        found = _NO_DOCS
        if content:
            found = docs(commit, postings, group)
            if word in forms:
                found = union([d for d in (found, _held(commit, postings, word, forms)) if len(d)])
        groups.append((typed, found, content))
    return matchset.content_words(groups)


def _asking(compiled: Compiled) -> list[bool]:
    """Return, for each word group, whether it is a question's asking word ("viele" in
    "Wie viele …?"): the answer gives a figure for it, so it does not count toward the
    set (else every article with "viele" would be in the set of such a question)."""
    return compiled.asking or [False] * len(compiled.groups)


def _pattern(group: wq.Query) -> bool:
    """Tell whether a word group is a pattern (a prefix typed with *)."""
    return any(isinstance(x, (wq.Prefix, wq.Wildcard)) for x in group.leaves())


def _held(
    commit: Commit, postings: Postings, word: str, forms: dict[str, holding.Terms]
) -> np.ndarray:
    """Return the sorted document numbers holding a plain word's other forms, kept in
    Commit.forms."""
    key = ("held", word)
    found: np.ndarray | None = commit.forms.get(key)
    if found is None:
        found = union([d for d in (postings.term(f, t) for f, t in forms[word]) if len(d)])
        commit.forms.put(key, found, found.nbytes + 200)
    return found


def other_forms(commit: Commit, compiled: Compiled) -> dict[str, holding.Terms]:
    """Return the (field, term) pairs of each plain word's other forms (search.holding,
    search.clipped, search.parts),
    kept in the commit's memo; none when the query has fewer than two content words
    (every match holds its one word)."""
    out: dict[str, holding.Terms] = {}
    content = [
        not asking and matchset.is_content({f for f, _ in terms}, _pattern(group))
        for group, terms, asking in zip(
            compiled.groups, compiled.group_terms, _asking(compiled), strict=True
        )
    ]
    if compiled.browse or sum(content) < 2:
        return out
    words = [w for w, c in zip(compiled.plain_words, content, strict=True) if c and w]
    for word in words:
        found: holding.Terms | None = commit.forms.get(("forms", word))
        if found is not None:
            out[word] = found
    new = [w for w in words if w not in out]
    # Each module asked once for every word (search.holding, .clipped, .parts).
    held = holding.other_terms_of(commit.reader, commit.schema, new)
    clips = {w: clipped.clipped_terms(commit.reader, commit.schema, w) for w in new}
    split = {w: parts.split_terms(commit.reader, commit.schema, w) for w in new}
    for word in new:
        found = held[word] + clips[word] + split[word]
        commit.forms.put(("forms", word), found, 100 + 80 * len(found))
        out[word] = found
    return out


def marked_terms(commit: Commit, compiled: Compiled) -> dict[str, set[str]]:
    """Return the terms to mark per text field: the query's, and the other forms by
    which an article holds a plain word of it (search.holding, kept in the commit)."""
    return _with_forms(compiled.terms_by_field, other_forms(commit, compiled))


def _with_forms(
    terms_by_field: dict[str, set[str]], forms: dict[str, holding.Terms]
) -> dict[str, set[str]]:
    """Return the query's terms per field with the words' other forms added."""
    if not forms:
        return terms_by_field
    terms = {f: set(t) for f, t in terms_by_field.items()}
    for found in forms.values():
        for fieldname, term in found:
            terms.setdefault(fieldname, set()).add(term)
    return terms


def docs(commit: Commit, postings: Postings, q: wq.Query) -> np.ndarray:
    """Return the sorted document numbers a query matches, from the postings if it can."""
    if plain(q):
        return postings.docs(q)
    if isinstance(postings, ExactPostings):
        found = postings.exact(q)  # phrases too
        if found is not None:
            return found[0]
    return np.array(sorted(commit.searcher.docs_for_query(q)), dtype=np.int64)
