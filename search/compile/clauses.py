"""Build a clause's Whoosh query in every text field it searches, kept per schema.

The terms come from the analyzers stored in the opened index's schema, so a query is
analyzed exactly as the articles were.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Hashable
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.analysis import Token, Tokenizer
from whoosh.fields import Schema
from whoosh.query import spans

from index.schema import LANGUAGE_GROUPS, text_field
from search.analyzed import query_tokens
from search.parsed import Clause, Node

# How much a match in each part of an article counts. Measured on the dev query sets
# (README, "Relevance"): the body decides; a heavy title weight lets short titles with
# a common word outrank the article meant. Headline-only articles still need the title.
FIELD_BOOSTS = {"title": 0.25, "caption": 0.25, "body": 1.0}


# A compound typed in the query also matches documents with its parts apart, weighted
# lower than the compound itself.
PART_BOOST = 0.3


# What joins a word's parts: hyphens, and the points of a number ("13.000").
_HYPHENS = re.compile(r"[-\u2010\u2011]|(?<=\d)\.(?=\d{3}(?!\d))")


@dataclass
class Word:
    """An analyzed word: its term, and the terms of its parts if it is a compound."""

    term: str
    pos: int
    parts: list[str] = field(default_factory=list)


def _analyze(schema: Schema, fieldname: str, text: str) -> list[Word]:
    """Analyze text as the field's analyzer does; parts share their compound's position."""
    words: list[Word] = []
    for term, pos in query_tokens(schema[fieldname].analyzer, text):
        if words and pos == words[-1].pos:
            words[-1].parts.append(term)
        else:
            words.append(Word(term, pos))
    return words


def _phrase(fieldname: str, words: list[Word], boost: float) -> wq.Query:
    """Build a phrase query; dropped stopwords leave gaps that the slop allows for."""
    if len(words) == 1:
        return _word(fieldname, words[0], boost)
    gaps = [b.pos - a.pos for a, b in zip(words, words[1:], strict=False)]
    return wq.Phrase(fieldname, [w.term for w in words], slop=max(1, max(gaps)), boost=boost)


def _word(fieldname: str, word: Word, boost: float) -> wq.Query:
    """Match a word, or a compound as a whole or by all of its parts."""
    whole = wq.Term(fieldname, word.term, boost=boost)
    if not word.parts:
        return whole
    parts = wq.And([wq.Term(fieldname, p, boost=boost * PART_BOOST) for p in word.parts])
    return wq.Or([whole, parts])


def _near(fieldname: str, words: list[Word], slop: int, boost: float) -> wq.Query:
    """Match words within slop positions of each other, in any order."""
    if len(words) == 1:
        return _word(fieldname, words[0], boost)
    terms = [wq.Term(fieldname, w.term) for w in words]
    near = spans.SpanNear2(terms, slop=slop, ordered=False, mindist=0)
    near.boost = boost
    return near


def _fold_only(schema: Schema, fieldname: str, text: str) -> str:
    """Lowercase and fold a prefix as the field's analyzer does, without stemming it."""
    out = text
    for item in getattr(schema[fieldname].analyzer, "items", ()):
        if isinstance(item, Tokenizer):
            continue
        if type(item).__name__ in ("LowercaseFilter", "GermanFoldFilter", "AccentFoldFilter"):
            out = next((t.text for t in item(iter([Token(text=out)]))), out)
    return out


def _prefix(schema: Schema, fieldname: str, text: str, boost: float) -> wq.Query:
    """Match every term that starts like the typed word, folded or stemmed."""
    starts = {_fold_only(schema, fieldname, text)}
    # Terms are stems: "Flüchtlinge*" must reach the stem "fluchtling".
    starts.update(w.term for w in _analyze(schema, fieldname, text)[:1])
    options = [wq.Prefix(fieldname, s, boost=boost) for s in sorted(starts) if s]
    return wq.Or(options) if len(options) > 1 else options[0] if options else wq.NullQuery


def _clause_in_field(schema: Schema, fieldname: str, clause: Clause, boost: float) -> wq.Query:
    """Build the query for one clause in one field, or NullQuery if it has no terms there."""
    if clause.prefix:
        return _prefix(schema, fieldname, clause.text, boost)
    if clause.phrase:
        words = _analyze(schema, fieldname, _HYPHENS.sub(" ", clause.text))
        if not words:
            return wq.NullQuery
        if clause.slop is not None:
            return _near(fieldname, words, max(1, clause.slop), boost)
        return _phrase(fieldname, words, boost)
    if _HYPHENS.search(clause.text) is None:
        words = _analyze(schema, fieldname, clause.text)
        # A word the tokenizer splits (e.g. "G7/G20") is searched as its parts in order.
        return _phrase(fieldname, words, boost) if words else wq.NullQuery
    # A hyphenated word matches its joined form ("jongun") or its parts in a row.
    joined = _analyze(schema, fieldname, _HYPHENS.sub("", clause.text))
    split = _analyze(schema, fieldname, _HYPHENS.sub(" ", clause.text))
    options = [_phrase(fieldname, w, boost) for w in (joined, split) if w]
    return wq.Or(options) if options else wq.NullQuery


# Each clause's query, kept per schema (by identity, kept alive beside its queries): the
# same words come back query after query, and building a word's query over nine fields
# costs more than the rest of compiling. Whoosh's queries are not changed once built (what
# is made of them, loosened or joined, is a new query), so one serves every request.
# A clause's query takes some 2.6 KB (the 4,679 clauses of the 1,450 dev queries 12 MB):
# up to MAX_CLAUSES a schema, then forgotten at once.
MAX_SCHEMAS = 8


MAX_CLAUSES = 3_000


_CLAUSES: dict[int, tuple[Schema, dict[Hashable, wq.Query]]] = {}


_CLAUSES_LOCK = threading.Lock()


def clause_query(
    schema: Schema, clause: Clause, boosts: dict[str, float] | None = None
) -> wq.Query:
    """Build a clause's query over every language group and text part (kept for the
    next query with the clause)."""
    kept = _CLAUSES.get(id(schema))
    if kept is None or kept[0] is not schema:
        with _CLAUSES_LOCK:
            if len(_CLAUSES) >= MAX_SCHEMAS:
                _CLAUSES.pop(next(iter(_CLAUSES)))
            kept = _CLAUSES[id(schema)] = (schema, {})
    queries = kept[1]
    # What _clause_in_field reads of the clause; the boosts in their order (the order of
    # the query's fields).
    key = (
        clause.text,
        clause.phrase,
        clause.slop,
        clause.prefix,
        clause.parts,
        tuple((boosts or FIELD_BOOSTS).items()),
    )
    found = queries.get(key)
    if found is None:
        found = _clause_query(schema, clause, boosts)
        if len(queries) >= MAX_CLAUSES:
            queries.clear()
        queries[key] = found
    return found


def _clause_query(schema: Schema, clause: Clause, boosts: dict[str, float] | None) -> wq.Query:
    options = []
    for group in LANGUAGE_GROUPS:
        for part, boost in (boosts or FIELD_BOOSTS).items():
            if clause.parts is not None:
                if part not in clause.parts:
                    continue
                boost = boost or 1.0  # a part the user named counts even if unweighted
            fieldname = text_field(part, group)
            if boost > 0 and fieldname in schema:
                q = _clause_in_field(schema, fieldname, clause, boost)
                if q is not wq.NullQuery:
                    options.append(q)
    return wq.Or(options) if options else wq.NullQuery


def node_query(schema: Schema, node: Node, boosts: dict[str, float] | None = None) -> wq.Query:
    """Build the query of a clause, or of clauses joined by AND / OR minus their NOTs."""
    if isinstance(node, Clause):
        return clause_query(schema, node, boosts)
    positive = [node_query(schema, n, boosts) for n in node.items if not n.negated]
    positive = [q for q in positive if q is not wq.NullQuery]
    negative = [node_query(schema, n, boosts) for n in node.items if n.negated]
    negative = [q for q in negative if q is not wq.NullQuery]
    if not positive:
        return wq.NullQuery
    if len(positive) == 1:
        main = positive[0]
    else:
        main = wq.And(positive) if node.op == "and" else wq.Or(positive)
    if negative:
        main = wq.AndNot(main, wq.Or(negative))
    return main
