"""Build one query per word group, with its text as typed, and the query of them all
minus the exclusions; collect their terms.
"""

from __future__ import annotations

from dataclasses import replace

from whoosh import query as wq
from whoosh.fields import Schema

from index.schema import TEXT_FIELDS
from search.compile.clauses import node_query
from search.compile.widening import with_forms
from search.parsed import Clause, Node, ParsedQuery


def typed(node: Node, nested: bool = False) -> str:
    """Write a word group's node as the user would type it ("Hafen ODER Deich")."""
    if isinstance(node, Clause):
        text = f'"{node.text}"' if node.phrase else node.text + ("*" if node.prefix else "")
    else:
        joiner = " UND " if node.op == "and" else " ODER "
        text = joiner.join(typed(n, nested=True) for n in node.items)
        text = f"({text})" if nested and len(node.items) > 1 else text
    return f"-{text}" if node.negated else text


def typed_groups(
    schema: Schema,
    parsed: ParsedQuery,
    boosts: dict[str, float] | None = None,
    forms: float = 0.0,
    kin: float = 0.0,
) -> list[tuple[str, wq.Query]]:
    """Build one query per word group (a word, a phrase, or words joined by OR), each
    with the group's text as typed; groups without terms are left out. forms, kin: the
    weights of a word's other forms (search.forms) and kindred words (derivation family,
    strong verb's grades); 0: not searched."""
    found = typed_and_searched(schema, parsed, boosts, forms, kin)
    return [(text, q) for text, _, q, _, _ in found]


def typed_and_searched(
    schema: Schema,
    parsed: ParsedQuery,
    boosts: dict[str, float] | None,
    forms: float,
    kin: float = 0.0,
) -> list[tuple[str, wq.Query, wq.Query, str | None, bool]]:
    """Return each word group as typed, its query, its query with the words' other
    forms (weighted forms) and kindred words (weighted kin; the same query when both are
    0 or no word has any), the word if the group is one plain word, and whether it is a
    question's asking word."""
    out = []
    for group in parsed.groups:
        pairs = [(n, node_query(schema, n, boosts)) for n in group]
        pairs = [(n, q) for n, q in pairs if q is not wq.NullQuery]
        if pairs:
            text = " ODER ".join(typed(n, nested=len(group) > 1) for n in group)
            both = [(q, with_forms(schema, n, q, boosts, forms, kin)) for n, q in pairs]
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
