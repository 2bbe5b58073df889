"""The words of a typed word's derivation family (search.derived)."""

from __future__ import annotations

import pytest

from search.derived import family


@pytest.mark.parametrize(
    ("word", "members", "not_members"),
    [
        # A separable verb's participle and its noun, both ways.
        ("fortgesetzt", {"fortsetzen", "fortsetzung"}, set()),
        ("Fortsetzung", {"fortsetzen", "fortgesetzt"}, set()),
        # A verb and its noun in -ung, both ways.
        ("verweigern", {"verweigert", "verweigerung"}, set()),
        ("Verweigerung", {"verweigern", "verweigert"}, set()),
        ("bedroht", {"bedrohung"}, set()),
        # A foreign verb in -ieren and its noun in -ation or -at.
        ("Demonstration", {"demonstrieren", "demonstriert"}, set()),
        ("demonstrieren", {"demonstration"}, set()),
        ("Plagiat", {"plagiiert"}, set()),
        ("Zitat", {"zitieren", "zitiert"}, set()),
        # Not a verb's noun: a word of its own before "-ung", a name or a noun read as a
        # verb's form, an "-at" whose verb is another word.
        ("Zeitung", set(), {"zeiten", "gezeitet"}),
        ("Stimmen", set(), {"stimmung"}),
        ("Schulte", set(), {"schulung", "schulen"}),
        ("Markt", set(), {"marken"}),
        ("Monat", set(), {"monieren", "moniert"}),
        ("Staat", set(), {"staieren"}),
        # A member whose folded spelling is another word's is left out: "töten" would
        # hold "Toten", "Zählung" "Zahlung".
        ("Tötung", {"getötet"}, {"töten"}),
        ("gezählt", set(), {"zählung", "zählen"}),
        # A short verb's family read from its form: its members end many compounds.
        ("stellte", set(), {"gestellt", "stellung"}),
        ("gesperrt", set(), {"sperrung", "sperren"}),
        # No plain word of letters, or too short.
        ("Jong-un", set(), set()),
        ("tat", set(), set()),
    ],
)
def test_family(word: str, members: set[str], not_members: set[str]) -> None:
    found = set(family(word))
    assert members <= found, found
    assert not found & not_members, found
    assert members or not_members or not found
