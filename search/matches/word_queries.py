"""Tell queries of words from others, and key them by what their matches depend on."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

from whoosh import query as wq


def plain(q: wq.Query, phrases: bool = False) -> bool:
    """Tell whether a query is made of words only: terms (or phrases) joined by Or, And, AndNot."""
    if isinstance(q, wq.Term) or (phrases and type(q) is wq.Phrase):
        return True
    if isinstance(q, (wq.Or, wq.And)):
        return all(plain(s, phrases) for s in q.subqueries)
    if isinstance(q, wq.AndNot):
        return plain(q.a, phrases) and plain(q.b, phrases)
    return q is wq.NullQuery


def shape(
    q: wq.Query, seen: dict[int, tuple[wq.Query, Hashable | None]] | None = None
) -> Hashable | None:
    """Return a key telling a word query from every other: what its matcher, documents
    and scores depend on (kinds, fields, terms, boosts, slops); None if it holds a query
    of another kind. seen: the shapes worked out already, by query object id (with the
    query, so that no other query takes its id while seen is kept)."""
    if seen is not None and id(q) in seen:
        return seen[id(q)][1]
    key: Hashable | None
    if q is wq.NullQuery:
        key = ("null",)
    elif type(q) is wq.Term:
        key = ("term", q.fieldname, q.text, q.boost, q.minquality)
    elif type(q) is wq.Phrase:
        key = ("phrase", q.fieldname, tuple(q.words), q.slop, q.boost)
    elif type(q) is wq.AndNot:
        a, b = shape(q.a, seen), shape(q.b, seen)
        key = None if a is None or b is None else ("andnot", a, b, q.boost)
    elif type(q) in (wq.Or, wq.And):
        subs = tuple(shape(s, seen) for s in q.subqueries)
        if any(s is None for s in subs):
            key = None
        elif type(q) is wq.Or:
            key = ("or", subs, q.boost, q.scale, q.matcher_type)
        else:
            key = ("and", subs, q.boost)
    else:
        key = None
    if seen is not None:
        seen[id(q)] = (q, key)
    return key


def leaf_queries(q: wq.Query) -> list[tuple[str, Any]] | None:
    """Return the (field, text) of every term and phrase word that can make a query match
    (None: it holds a query of another kind, which may match without any of them)."""
    if isinstance(q, wq.Term):
        return [(q.fieldname, q.text)]
    if type(q) is wq.Phrase:
        return [(q.fieldname, w) for w in q.words]
    if isinstance(q, wq.AndNot):
        return leaf_queries(q.a)  # what the b part holds only takes matches away
    if q is wq.NullQuery:
        return []
    if type(q) not in (wq.Or, wq.And):
        return None
    out: list[tuple[str, Any]] = []
    for s in q.subqueries:
        found = leaf_queries(s)
        if found is None:
            return None
        out += found
    return out
