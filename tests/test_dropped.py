"""Tests for index.dropped: the reasons of dropped lines, stored and told."""

from __future__ import annotations

import pytest

from index.dropped import Dropped, counts, decode, encode, summary_de


@pytest.mark.parametrize(
    ("reasons", "line"),
    [
        ({}, ""),
        ({"teaser": 1}, "1 Zeile entfernt: Teaser anderer Artikel"),
        (
            {"teaser": 8, "footer-heading": 3, "footer": 1},
            "12 Zeilen entfernt: Teaser anderer Artikel, Fußzeile",
        ),
        (
            {"banner": 2, "repeated": 5},
            "7 Zeilen entfernt: wiederkehrende Zeile der Quelle, Kopfzeile vor dem Titel",
        ),
    ],
    ids=["none", "one", "headings-and-footer-told-once", "most-first"],
)
def test_summary_de(reasons: dict[str, int], line: str) -> None:
    assert summary_de(reasons) == line


def test_counts_leave_the_title_copy_out_and_round_trip() -> None:
    found = counts(
        [
            Dropped("a", "teaser"),
            Dropped("b", "title-copy"),
            Dropped("c", "teaser"),
            Dropped("d", "chrome"),
        ]
    )
    assert found == {"teaser": 2, "chrome": 1}
    assert decode(encode(found)) == found
    assert decode("") == {} and decode("teaser:x,chrome:2,:3") == {"chrome": 2}


@pytest.mark.parametrize(
    ("dropped", "why"),
    [
        (Dropped("x", "repeated", "14"), "line seen on 14 pages of this source"),
        (Dropped("x", "teaser", "", "site/a-1"), "teaser of article site/a-1"),
        (Dropped("x", "inline-teaser", "", "site/a-1"), "announces article site/a-1"),
        (
            Dropped("x", "banner", "breadcrumb or menu"),
            "banner before the title (breadcrumb or menu)",
        ),
        (Dropped("x", "read-more"), "read-more marker"),
    ],
)
def test_explain(dropped: Dropped, why: str) -> None:
    assert dropped.explain() == why
