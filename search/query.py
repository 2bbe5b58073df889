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

# How much a match in each part of an article counts. Measured on the dev query sets
# (README, "Relevance"): the body decides; a heavy title weight lets short titles with
# a common word outrank the article meant. Headline-only articles still need the title.
FIELD_BOOSTS = {"title": 0.25, "caption": 0.25, "body": 1.0}
# A compound typed in the query also matches documents with its parts apart, weighted
# lower than the compound itself.
PART_BOOST = 0.3

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
    # A question ("Wie viele Bälle fing Josh Norman ab?") paraphrases its answer: some
    # of its words are not in the article, so it is not asked to match them all.
    question: bool = False

    @property
    def empty(self) -> bool:
        """Tell whether nothing searchable was typed."""
        return not self.groups


def parse(text: str) -> ParsedQuery:
    """Read a user query into clauses; unknown syntax is taken as plain words."""
    text = "".join(ch if ch.isprintable() else " " for ch in text[:MAX_QUERY_CHARS])
    parsed = ParsedQuery(question=is_question(text))
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


@dataclass
class Word:
    """An analyzed word: its term, and the terms of its parts if it is a compound."""

    term: str
    pos: int
    parts: list[str] = field(default_factory=list)


QUESTION_WORDS = frozenset(
    "wer wen wem wessen was wann wo woher wohin warum weshalb wieso weswegen wie wieviel "
    "wieviele welche welcher welches welchen welchem wodurch womit wofür worauf worüber "
    "woran wovon wozu who what when where why which how whom whose".split()
)


def question_content(parsed: ParsedQuery) -> ParsedQuery:
    """Drop a question's question words ("wer", "wann"): the text answering it has none.

    Nothing is dropped from other queries, nor when only question words were typed.
    """
    if not parsed.question:
        return parsed
    groups = [
        g
        for g in parsed.groups
        if not all(not c.phrase and c.text.casefold() in QUESTION_WORDS for c in g)
    ]
    if not groups:
        return parsed
    return ParsedQuery(groups=groups, excluded=parsed.excluded, question=True)


def is_question(text: str) -> bool:
    """Tell whether a query is a question: it ends with "?" or opens with a question word."""
    words = text.strip().split()
    if not words:
        return False
    if words[-1].endswith("?"):
        return True
    first = words[0].casefold().strip("¿¡\"'„“")
    second = words[1].casefold() if len(words) > 1 else ""
    # "In welchem Jahr ...", "Seit wann ...": a preposition before the question word.
    return first in QUESTION_WORDS or (len(first) <= 5 and second in QUESTION_WORDS)


def _analyze(schema: Schema, fieldname: str, text: str) -> list[Word]:
    """Analyze text as the field's analyzer does; parts share their compound's position."""
    analyzer = schema[fieldname].analyzer
    words: list[Word] = []
    for t in analyzer(text, positions=True, mode="query"):
        if words and t.pos == words[-1].pos:
            words[-1].parts.append(t.text)
        else:
            words.append(Word(t.text, t.pos))
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


def _clause_in_field(schema: Schema, fieldname: str, clause: Clause, boost: float) -> wq.Query:
    """Build the query for one clause in one field, or NullQuery if it has no terms there."""
    if clause.phrase:
        words = _analyze(schema, fieldname, _HYPHENS.sub(" ", clause.text))
        return _phrase(fieldname, words, boost) if words else wq.NullQuery
    if _HYPHENS.search(clause.text) is None:
        words = _analyze(schema, fieldname, clause.text)
        # A word the tokenizer splits (e.g. "G7/G20") is searched as its parts in order.
        return _phrase(fieldname, words, boost) if words else wq.NullQuery
    # A hyphenated word matches its joined form ("jongun") or its parts in a row.
    joined = _analyze(schema, fieldname, _HYPHENS.sub("", clause.text))
    split = _analyze(schema, fieldname, _HYPHENS.sub(" ", clause.text))
    options = [_phrase(fieldname, w, boost) for w in (joined, split) if w]
    return wq.Or(options) if options else wq.NullQuery


def clause_query(
    schema: Schema, clause: Clause, boosts: dict[str, float] | None = None
) -> wq.Query:
    """Build a clause's query over every language group and text part."""
    options = []
    for group in LANGUAGE_GROUPS:
        for part, boost in (boosts or FIELD_BOOSTS).items():
            fieldname = text_field(part, group)
            if boost > 0 and fieldname in schema:
                q = _clause_in_field(schema, fieldname, clause, boost)
                if q is not wq.NullQuery:
                    options.append(q)
    return wq.Or(options) if options else wq.NullQuery


def group_queries(
    schema: Schema, parsed: ParsedQuery, boosts: dict[str, float] | None = None
) -> list[wq.Query]:
    """Build one query per word group (a word, a phrase, or words joined by OR)."""
    groups = []
    for group in parsed.groups:
        alternatives = [
            q for q in (clause_query(schema, c, boosts) for c in group) if q is not wq.NullQuery
        ]
        if alternatives:
            groups.append(wq.Or(alternatives) if len(alternatives) > 1 else alternatives[0])
    return groups


def build(
    schema: Schema,
    parsed: ParsedQuery,
    boosts: dict[str, float] | None = None,
    groups: list[wq.Query] | None = None,
) -> wq.Query:
    """Build the Whoosh query: any of the groups, ranked by BM25F, minus the exclusions.

    Every word counts and none is required: a document with more of the query's words
    (and rarer ones) scores higher, so a question or a remembered phrase with one word
    that the article does not use still finds it.
    """
    if groups is None:
        groups = group_queries(schema, parsed, boosts)
    if not groups:
        return wq.NullQuery
    main = wq.Or(groups) if len(groups) > 1 else groups[0]
    excluded = [
        q
        for q in (clause_query(schema, c, boosts) for c in parsed.excluded)
        if q is not wq.NullQuery
    ]
    if excluded:
        main = wq.AndNot(main, wq.Or(excluded))
    return main


def group_terms(groups: list[wq.Query]) -> list[set[tuple[str, str]]]:
    """Return, for each group query, the (field, term) pairs it searches."""
    out = []
    for q in groups:
        terms = set()
        for fieldname, text in q.iter_all_terms(phrases=True):
            terms.add((fieldname, text.decode("utf-8") if isinstance(text, bytes) else text))
        out.append(terms)
    return out
