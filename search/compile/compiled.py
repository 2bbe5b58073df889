"""Make a parsed query's Whoosh queries once, with what the steps after ranking need."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from whoosh import query as wq
from whoosh.fields import Schema

from search.compile.widening import loosen_compounds
from search.compile.word_groups import build, group_terms, terms_by_field, typed_and_searched
from search.parsed import ParsedQuery, SearchQuery

# In a question, a word's other forms that stemming keeps apart ("Chinas" and "China",
# "verdrängt" and "verdrängen"; search.forms) count this much of the word itself; 0: not
# searched. At 0.5, measured with the model refitted (README, "Relevance"), xquad's
# Recall@100 rose and its MRR@10 held while news-dev's fell, so it is off.
FORM_BOOST = 0.0
# In a question, the words of a word's derivation family and its strong verb's other
# grades ("Fortsetzung" and "fortgesetzt", "schrieb" and "geschrieben"; widening.kindred)
# count this much of the word itself; 0: not searched. Measured with the model refitted
# on the tune folds (README, "Relevance"): 0.1 moves xquad by one or two questions and
# news-dev by none, for some 11-15 % more time a question; 0.3 lowers both question sets.
# So it is off.
KIN_BOOST = 0.0


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
    question = parsed.question
    found = typed_and_searched(
        schema, parsed, boosts, FORM_BOOST if question else 0.0, KIN_BOOST if question else 0.0
    )
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
