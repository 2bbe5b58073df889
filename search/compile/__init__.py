"""Make Whoosh queries of a parsed query, once per request, for everything downstream.

The terms come from the analyzers stored in the opened index's schema, so a query is
analyzed exactly as the articles were. compile_query() returns the query with what
ranking, snippets, explain, suggestions and relaxed offers need of it.

clauses      a clause's query in every text field it searches, kept per schema
widening     a question's queries widened: compound parts alone, other forms of words
word_groups  one query per word group, as typed; the whole query; their terms
compiled     the queries made once, with what the later steps need (Compiled)

Each weight (PART_BOOST, LOOSE_PART_BOOST, HYPHEN_PART_BOOST, FORM_BOOST) is set in the
module that reads it.
"""

from __future__ import annotations

from search.compile.clauses import FIELD_BOOSTS, Word, clause_query, node_query
from search.compile.compiled import Compiled, compile_query, compile_search
from search.compile.widening import loosen_compounds, with_forms
from search.compile.word_groups import (
    build,
    group_queries,
    group_terms,
    terms_by_field,
    typed,
    typed_groups,
)

__all__ = [
    "FIELD_BOOSTS",
    "Compiled",
    "Word",
    "build",
    "clause_query",
    "compile_query",
    "compile_search",
    "group_queries",
    "group_terms",
    "loosen_compounds",
    "node_query",
    "terms_by_field",
    "typed",
    "typed_groups",
    "with_forms",
]
