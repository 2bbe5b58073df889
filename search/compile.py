"""Make Whoosh queries of a parsed query, once per request, for everything downstream.

The terms come from the analyzers stored in the opened index's schema, so a query is
analyzed exactly as the articles were. compile_query() returns the query with what
ranking, snippets, explain, suggestions and relaxed offers need of it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Hashable
from dataclasses import dataclass, field, replace

from whoosh import query as wq
from whoosh.analysis import Token, Tokenizer
from whoosh.fields import Schema
from whoosh.query import spans

from index.schema import LANGUAGE_GROUPS, TEXT_FIELDS, text_field
from search.analyzed import query_tokens
from search.forms import other_forms
from search.parsed import Clause, Node, ParsedQuery, SearchQuery

# How much a match in each part of an article counts. Measured on the dev query sets
# (README, "Relevance"): the body decides; a heavy title weight lets short titles with
# a common word outrank the article meant. Headline-only articles still need the title.
FIELD_BOOSTS = {"title": 0.25, "caption": 0.25, "body": 1.0}
# A compound typed in the query also matches documents with its parts apart, weighted
# lower than the compound itself.
PART_BOOST = 0.3
# In a question, a compound's part found without the others counts this much
# (loosen_compounds; measured on the dev sets' tune folds).
LOOSE_PART_BOOST = 0.1
# The same for a hyphenated word's parts (None: LOOSE_PART_BOOST).
HYPHEN_PART_BOOST: float | None = None
# In a question, a word's other forms that stemming keeps apart ("Chinas" and "China",
# "verdrängt" and "verdrängen"; search.forms) count this much of the word itself; 0: not
# searched. At 0.5, measured with the model refitted (README, "Relevance"), xquad's
# Recall@100 rose and its MRR@10 held while news-dev's fell, so it is off.
FORM_BOOST = 0.0
# What joins a word's parts: hyphens, and the points of a number ("13.000").
_HYPHENS = re.compile(r"[-\u2010\u2011]|(?<=\d)\.(?=\d{3}(?!\d))")


@dataclass(frozen=True)
class Compiled:
    """A query made into Whoosh queries, with what the steps after ranking need of it.

    query is NullQuery when nothing can be searched, Every when only filters were given
    (browse: every article they allow, by date). words_query searches the words alone.
    """

    parsed: ParsedQuery
    query: wq.Query
    # One query per word group (a word, a phrase, or words joined by OR), and the
    # (field, term) pairs each searches. A question's compound parts also match alone
    # in groups (loosen_compounds).
    groups: list[wq.Query]
    group_terms: list[set[tuple[str, str]]]
    # The query's terms per text field, to mark them in the text.
    terms_by_field: dict[str, set[str]]
    browse: bool = False
    words: str = ""
    words_query: wq.Query = field(default=wq.NullQuery)
    # Each word group as typed, with its query (compounds not loosened).
    word_groups: list[tuple[str, wq.Query]] = field(default_factory=list)
    # For each word group, the word if it is one plain word (no phrase, prefix, part or
    # operator), else None: such a word also holds its other forms (search.holding).
    plain_words: list[str | None] = field(default_factory=list)
    # For each word group, whether it is a question's asking word ("viele" in "Wie
    # viele …?"): ranked as any word, not counted in the result set (search.querywords).
    asking: list[bool] = field(default_factory=list)


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


def loosen_compounds(q: wq.Query, boost: float | None = None) -> wq.Query:
    """Let each part of a compound also match alone, weighted low (for questions).

    A question's compound ("Ladenschließungen") is often answered in other words ("die
    Läden … geschlossen"): a part found alone adds a little (boost, default
    LOOSE_PART_BOOST). Exclusions are not loosened.
    """
    if boost is None:
        boost = LOOSE_PART_BOOST
    if not boost:
        return q
    if isinstance(q, wq.Or):
        subs = q.subqueries
        if (
            len(subs) == 2
            and isinstance(subs[0], wq.Term)
            and isinstance(subs[1], wq.And)
            and all(isinstance(p, wq.Term) for p in subs[1].subqueries)
        ):
            # _word's compound: the whole word, or all of its parts.
            whole, parts = subs[0], subs[1].subqueries
            alone = [wq.Term(p.fieldname, p.text, boost=whole.boost * boost) for p in parts]
            return wq.Or([whole, subs[1], *alone], boost=q.boost)
        if len(subs) == 2 and isinstance(subs[1], wq.Phrase) and not isinstance(subs[0], wq.Phrase):
            # _clause_in_field's hyphenated word: joined, or its parts in a row. Its parts
            # alone ("Mitarbeiter der Charité" for "Charite-Mitarbeiter") count as a
            # compound's do.
            split = subs[1]
            part_boost = HYPHEN_PART_BOOST if HYPHEN_PART_BOOST is not None else boost
            # A joined form the analysis splits already brings these parts alone; a
            # number's pieces ("1.500", "F-22") say nothing alone.
            have = {t.decode() if isinstance(t, bytes) else t for _, t in subs[0].all_terms()}
            alone = [
                wq.Term(split.fieldname, w, boost=split.boost * part_boost)
                for w in split.words
                if w not in have and sum(c.isalpha() for c in w) >= 2
            ]
            return wq.Or([loosen_compounds(subs[0], boost), split, *alone], boost=q.boost)
        return wq.Or([loosen_compounds(s, boost) for s in subs], boost=q.boost)
    return q


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


def typed(node: Node, nested: bool = False) -> str:
    """Write a word group's node as the user would type it ("Hafen ODER Deich")."""
    if isinstance(node, Clause):
        text = f'"{node.text}"' if node.phrase else node.text + ("*" if node.prefix else "")
    else:
        joiner = " UND " if node.op == "and" else " ODER "
        text = joiner.join(typed(n, nested=True) for n in node.items)
        text = f"({text})" if nested and len(node.items) > 1 else text
    return f"-{text}" if node.negated else text


def with_forms(
    schema: Schema, node: Node, q: wq.Query, boosts: dict[str, float] | None, weight: float
) -> wq.Query:
    """Let a plain word's query also match its other forms (search.forms), weighted by
    weight; other nodes, and words without other forms, keep their query."""
    if (
        not weight
        or not isinstance(node, Clause)
        or node.phrase
        or node.prefix
        or node.negated
        or q is wq.NullQuery
    ):
        return q
    have = set(q.iter_all_terms(phrases=True))
    if not any(f == text_field("body", "de") for f, _ in have):
        return q  # a German stopword ("sollte") has no forms worth searching
    scaled = {k: v * weight for k, v in (boosts or FIELD_BOOSTS).items()}
    options = [q]
    for form in other_forms(node.text):
        other = clause_query(schema, replace(node, text=form), scaled)
        if other is not wq.NullQuery and not set(other.iter_all_terms(phrases=True)) <= have:
            options.append(other)
    return wq.Or(options) if len(options) > 1 else q


def typed_groups(
    schema: Schema,
    parsed: ParsedQuery,
    boosts: dict[str, float] | None = None,
    forms: float = 0.0,
) -> list[tuple[str, wq.Query]]:
    """Build one query per word group (a word, a phrase, or words joined by OR), each
    with the group's text as typed; groups without terms are left out. forms: the weight
    of a word's other forms (search.forms; 0: not searched)."""
    return [(text, q) for text, _, q, _, _ in _typed_and_searched(schema, parsed, boosts, forms)]


def _typed_and_searched(
    schema: Schema, parsed: ParsedQuery, boosts: dict[str, float] | None, forms: float
) -> list[tuple[str, wq.Query, wq.Query, str | None, bool]]:
    """Return each word group as typed, its query, its query with the words' other
    forms (the same query when forms is 0 or no word has any), the word if the group
    is one plain word, and whether it is a question's asking word."""
    out = []
    for group in parsed.groups:
        pairs = [(n, node_query(schema, n, boosts)) for n in group]
        pairs = [(n, q) for n, q in pairs if q is not wq.NullQuery]
        if pairs:
            text = " ODER ".join(typed(n, nested=len(group) > 1) for n in group)
            both = [(q, with_forms(schema, n, q, boosts, forms)) for n, q in pairs]
            asking = len(group) == 1 and isinstance(group[0], Clause) and group[0].asking
            searched = _any([f for _, f in both])
            out.append((text, _any([q for q, _ in both]), searched, _plain(group), asking))
    return out


def _plain(group: list[Node]) -> str | None:
    """Return a word group's word if it is one plain word as typed, else None."""
    if len(group) != 1 or not isinstance(group[0], Clause):
        return None
    c = group[0]
    plain = not (c.phrase or c.prefix or c.negated or c.parts is not None or c.slop is not None)
    return c.text if plain else None


def _any(alternatives: list[wq.Query]) -> wq.Query:
    return wq.Or(alternatives) if len(alternatives) > 1 else alternatives[0]


def group_queries(
    schema: Schema, parsed: ParsedQuery, boosts: dict[str, float] | None = None
) -> list[wq.Query]:
    """Build one query per word group (a word, a phrase, or words joined by OR)."""
    return [q for _, q in typed_groups(schema, parsed, boosts)]


def build(
    schema: Schema,
    parsed: ParsedQuery,
    boosts: dict[str, float] | None = None,
    groups: list[wq.Query] | None = None,
) -> wq.Query:
    """Build the Whoosh query: any of the groups, ranked by BM25F, minus the exclusions.

    Every word counts and none is required: a document with more of the query's words
    (and rarer ones) scores higher, so a question or a remembered phrase with one word
    that the article does not use still finds it. UND between words requires both.
    """
    if groups is None:
        groups = group_queries(schema, parsed, boosts)
    if not groups:
        return wq.NullQuery
    main = wq.Or(groups) if len(groups) > 1 else groups[0]
    excluded = [
        q
        for q in (node_query(schema, replace(n, negated=False), boosts) for n in parsed.excluded)
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


def terms_by_field(q: wq.Query) -> dict[str, set[str]]:
    """Collect the query's terms per field, to mark them in the text."""
    terms: dict[str, set[str]] = {}
    for fieldname, text in q.iter_all_terms(phrases=True):
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        if any(fieldname.startswith(p + "_") for p in TEXT_FIELDS):
            terms.setdefault(fieldname, set()).add(text)
    return terms


def compile_query(
    schema: Schema,
    parsed: ParsedQuery,
    boosts: dict[str, float] | None = None,
    browse: bool = False,
) -> Compiled:
    """Make the Whoosh queries of a parsed query.

    browse: filters are given, so a query of only exclusions or nothing at all searches
    every article (they narrow it).
    """
    # A question's words also match their other forms and a compound's parts alone; the
    # words as typed (word_groups, what reranking reads) do not.
    found = _typed_and_searched(schema, parsed, boosts, FORM_BOOST if parsed.question else 0.0)
    typed = [(text, q) for text, q, *_ in found]
    groups = [loosen_compounds(g) if parsed.question else g for _, _, g, *_ in found]
    q = build(schema, parsed, boosts, groups=groups)
    browsing = q is wq.NullQuery and parsed.empty and not parsed.excluded and browse
    if browsing:
        q = wq.Every()
    return Compiled(
        parsed,
        q,
        groups,
        group_terms(groups),
        terms_by_field(q),
        browsing,
        word_groups=typed,
        plain_words=[word for *_, word, _ in found],
        asking=[asking for *_, asking in found],
    )


def compile_search(
    schema: Schema,
    query: SearchQuery,
    boosts: dict[str, float] | None = None,
    browse: bool = False,
) -> Compiled:
    """Make the Whoosh queries of a search's query, and of its words alone."""
    compiled = compile_query(schema, query.parsed, boosts, browse)
    plain = query.plain
    if plain.groups == query.parsed.groups and not plain.excluded and not query.parsed.excluded:
        words_query = compiled.query if not compiled.browse else wq.NullQuery
    else:
        words_query = build(schema, plain, boosts)
    return replace(compiled, words=query.words, words_query=words_query)
