"""A query as read: its clauses, groups, exclusions and filters, as plain data.

search.syntax reads what a user typed into these; search.questions finds a question's
content in them; search.compile makes Whoosh queries of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from search.filters import Filters


@dataclass
class Clause:
    """One word or phrase the user typed."""

    text: str
    phrase: bool = False
    negated: bool = False
    # "a b"~5: the words within 5 positions of each other, in any order.
    slop: int | None = None
    # Steuer*: every word that starts so.
    prefix: bool = False
    # titel:…: searched only in these parts of the article (None: all of them).
    parts: tuple[str, ...] | None = None
    # A question's word that belongs to its asking, not to its answer ("viele" in "Wie
    # viele …?", "hieß" in "Wie hieß …?"; question_content): searched, not counted.
    asking: bool = False


@dataclass
class Bool:
    """Clauses joined by AND or OR (explicitly, or in parentheses)."""

    op: str  # "and" | "or"
    items: list[Node]
    negated: bool = False


Node = Clause | Bool


@dataclass
class ParsedQuery:
    """A user query read into clauses: required groups of alternatives, and exclusions.

    clauses and empty are worked out once, when the query is made (see parse()).
    """

    groups: list[list[Node]] = field(default_factory=list)  # each group: OR of nodes
    excluded: list[Node] = field(default_factory=list)
    # A question ("Wie viele Bälle fing Josh Norman ab?") paraphrases its answer: some
    # of its words are not in the article, so it is not asked to match them all.
    question: bool = False
    # Narrowings typed in the query (quelle:, sprache:, kategorie:, datum:).
    filters: Filters = field(default_factory=Filters)
    # What could not be read as typed, and how it was taken instead (shown to the user).
    notices: list[str] = field(default_factory=list)
    # The words and phrases the query looks for, in order (no exclusions).
    clauses: list[Clause] = field(init=False)
    # Nothing searchable was typed.
    empty: bool = field(init=False)

    def __post_init__(self) -> None:
        self.clauses = _clauses(self.groups)
        self.empty = not self.groups


def _clauses(groups: list[list[Node]]) -> list[Clause]:
    """Return the clauses of the groups, in order, leaving out negated ones."""
    out: list[Clause] = []

    def walk(node: Node) -> None:
        if node.negated:
            return
        if isinstance(node, Clause):
            out.append(node)
        else:
            for item in node.items:
                walk(item)

    for group in groups:
        for node in group:
            walk(node)
    return out


@dataclass(frozen=True)
class SearchQuery:
    """A search's query as read: what it looks for, and its words alone.

    parsed has a question's question words left out (question_content); plain is the
    parse of words, its clauses' text without operators, phrases or fields: what a
    search that found nothing offers to look for instead.
    """

    text: str
    parsed: ParsedQuery
    words: str
    plain: ParsedQuery
