"""Query parsing: turn what a user typed into a Whoosh query, never raising on bad syntax.

The parser reads words, "quoted phrases", -exclusions and OR/ODER between words;
anything it cannot read (an unclosed quote, a lone operator) degrades to plain words.
The terms come from the analyzers stored in the opened index's schema, so a query is
analyzed exactly as the articles were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from whoosh import query as wq
from whoosh.fields import Schema

from index.schema import LANGUAGE_GROUPS, text_field

MAX_QUERY_CHARS = 1000
MAX_CLAUSES = 32

# How much a match in each part of an article counts.
FIELD_BOOSTS = {"title": 2.0, "caption": 0.5, "body": 1.0}

_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_OR = frozenset({"OR", "ODER"})
_AND = frozenset({"AND", "UND"})
_NOT = frozenset({"NOT", "NICHT"})
_HYPHENS = re.compile(r"[-\u2010\u2011]")
_EDGE_PUNCT = re.compile(r"^[^\w\"]+|[^\w]+$")


@dataclass
class Clause:
    """One word or phrase the user typed."""

    text: str
    phrase: bool = False
    negated: bool = False


@dataclass
class ParsedQuery:
    """A user query read into clauses: required groups of alternatives, and exclusions."""

    groups: list[list[Clause]] = field(default_factory=list)  # each group: OR of clauses
    excluded: list[Clause] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Tell whether nothing searchable was typed."""
        return not self.groups


def parse(text: str) -> ParsedQuery:
    """Read a user query into clauses; unknown syntax is taken as plain words."""
    text = "".join(ch if ch.isprintable() else " " for ch in text[:MAX_QUERY_CHARS])
    parsed = ParsedQuery()
    pending_or = False
    pending_not = False
    for m in _TOKEN.finditer(text):
        minus, phrase, word = m.group(1), m.group(2), m.group(3)
        if word is not None:
            if word in _OR:
                pending_or = bool(parsed.groups)
                continue
            if word in _AND:
                continue
            if word in _NOT:
                pending_not = True
                continue
            negated = word.startswith("-") and len(word) > 1
            word = _EDGE_PUNCT.sub("", word)
            if not word:
                continue
            clause = Clause(word, negated=negated or pending_not)
        else:
            if not phrase.strip():
                continue
            clause = Clause(phrase.strip(), phrase=True, negated=bool(minus) or pending_not)
        pending_not = False
        if clause.negated:
            parsed.excluded.append(clause)
        elif pending_or:
            parsed.groups[-1].append(clause)
        else:
            parsed.groups.append([clause])
        pending_or = False
        if len(parsed.groups) + len(parsed.excluded) >= MAX_CLAUSES:
            break
    return parsed


def _analyze(schema: Schema, fieldname: str, text: str) -> list[tuple[str, int]]:
    """Return (term, position) pairs for text as the field's analyzer makes them."""
    analyzer = schema[fieldname].analyzer
    return [(t.text, t.pos) for t in analyzer(text, positions=True, mode="query")]


def _phrase(fieldname: str, terms: list[tuple[str, int]], boost: float) -> wq.Query:
    """Build a phrase query; dropped stopwords leave gaps that the slop allows for."""
    words = [t for t, _ in terms]
    if len(words) == 1:
        return wq.Term(fieldname, words[0], boost=boost)
    gaps = [b - a for (_, a), (_, b) in zip(terms, terms[1:], strict=False)]
    return wq.Phrase(fieldname, words, slop=max(1, max(gaps)), boost=boost)


def _clause_in_field(schema: Schema, fieldname: str, clause: Clause, boost: float) -> wq.Query:
    """Build the query for one clause in one field, or NullQuery if it has no terms there."""
    if clause.phrase:
        terms = _analyze(schema, fieldname, _HYPHENS.sub(" ", clause.text))
        return _phrase(fieldname, terms, boost) if terms else wq.NullQuery
    if _HYPHENS.search(clause.text) is None:
        terms = _analyze(schema, fieldname, clause.text)
        if not terms:
            return wq.NullQuery
        if len(terms) == 1:
            return wq.Term(fieldname, terms[0][0], boost=boost)
        # A word the tokenizer splits (e.g. "G7/G20") is searched as its parts in order.
        return _phrase(fieldname, terms, boost)
    # A hyphenated word matches its joined form ("jongun") or its parts in a row.
    joined = _analyze(schema, fieldname, _HYPHENS.sub("", clause.text))
    parts = _analyze(schema, fieldname, _HYPHENS.sub(" ", clause.text))
    options = [
        q
        for q in (
            _phrase(fieldname, joined, boost) if joined else None,
            _phrase(fieldname, parts, boost) if parts else None,
        )
        if q
    ]
    return wq.Or(options) if options else wq.NullQuery


def clause_query(schema: Schema, clause: Clause) -> wq.Query:
    """Build a clause's query over every language group and text part."""
    options = []
    for group in LANGUAGE_GROUPS:
        for part, boost in FIELD_BOOSTS.items():
            fieldname = text_field(part, group)
            if fieldname in schema:
                q = _clause_in_field(schema, fieldname, clause, boost)
                if q is not wq.NullQuery:
                    options.append(q)
    return wq.Or(options) if options else wq.NullQuery


def build(schema: Schema, parsed: ParsedQuery, require_all: bool = True) -> wq.Query:
    """Build the Whoosh query: all groups (or any, when relaxed), minus the exclusions."""
    groups = []
    for group in parsed.groups:
        alternatives = [
            q for q in (clause_query(schema, c) for c in group) if q is not wq.NullQuery
        ]
        if alternatives:
            groups.append(wq.Or(alternatives) if len(alternatives) > 1 else alternatives[0])
    if not groups:
        return wq.NullQuery
    main: wq.Query
    if len(groups) == 1:
        main = groups[0]
    elif require_all:
        main = wq.And(groups)
    else:
        # More matched words rank higher: scores are scaled by the share of groups matched.
        main = wq.Or(groups, scale=0.9)
    excluded = [
        q for q in (clause_query(schema, c) for c in parsed.excluded) if q is not wq.NullQuery
    ]
    if excluded:
        main = wq.AndNot(main, wq.Or(excluded))
    return main


def significant_groups(schema: Schema, parsed: ParsedQuery) -> int:
    """Count the groups that have any searchable term (stopwords alone have none)."""
    return sum(
        1
        for group in parsed.groups
        if any(clause_query(schema, c) is not wq.NullQuery for c in group)
    )
