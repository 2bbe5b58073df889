"""A query as read: its clauses in order, negated ones left out; empty without groups."""

from __future__ import annotations

import pytest

from search.parsed import Bool, Clause, Node, ParsedQuery


@pytest.mark.parametrize(
    ("groups", "clauses"),
    [
        ([], []),
        ([[Clause("Hafen")], [Clause("Deich")]], ["Hafen", "Deich"]),
        ([[Clause("Hafen"), Clause("Deich")]], ["Hafen", "Deich"]),
        ([[Clause("Hafen", negated=True)], [Clause("Deich")]], ["Deich"]),
        (
            [[Bool("and", [Clause("Kim"), Bool("or", [Clause("a"), Clause("b")])])]],
            ["Kim", "a", "b"],
        ),
        ([[Bool("or", [Clause("Kim"), Clause("Putin")], negated=True)]], []),
        ([[Bool("and", [Clause("Kim"), Clause("Putin", negated=True)])]], ["Kim"]),
    ],
    ids=["none", "groups", "alternatives", "negated", "nested", "negated-bool", "inner-not"],
)
def test_clauses_are_the_words_in_order(groups: list[list[Node]], clauses: list[str]) -> None:
    parsed = ParsedQuery(groups=groups)
    assert [c.text for c in parsed.clauses] == clauses
    assert parsed.empty is (groups == [])
