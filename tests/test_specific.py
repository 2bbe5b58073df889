"""Which query words are specific: numbers and dates, names."""

from __future__ import annotations

import pytest

from search.specific import is_number, is_proper


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("2020", True),
        ("91-Jährigen", True),
        ("F-22-Kampfjet", True),
        ("1.500", True),
        ("9,2", True),
        ("Januar", True),
        ("fünf", True),
        ("Prozent?", True),
        ("Kinder", False),
        ("Jahre", False),
    ],
)
def test_numbers_and_dates(word: str, number: bool) -> None:
    assert is_number(word) is number


@pytest.mark.parametrize(
    ("word", "first", "proper"),
    [
        ("NHS", False, True),
        ("GameStop", False, True),
        ("Nußdorf-Debant", False, True),
        ("Soriano", False, True),
        ("Traiskirchen", False, True),
        ("Regierung", False, False),
        ("Kinder", False, False),
        ("berlin", False, False),
        ("Soriano", True, False),
        ("ORF", True, True),
        ("a", False, False),
    ],
)
def test_names(word: str, first: bool, proper: bool) -> None:
    assert is_proper(word, first) is proper
