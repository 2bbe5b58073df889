"""Tests for index.page_text: a page's text read into folded lines."""

from __future__ import annotations

import pytest

from index.page_text import normalize, one_line, page_lines


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("Titel\r\n\r\nErster Absatz.\rZweiter\u2028Dritter",
         ["Titel", "Erster Absatz.", "Zweiter", "Dritter"]),
        # Whitespace runs folded, blank lines left out.
        ("  Ein\t\u00a0Satz  \n \n\u3000", ["Ein Satz"]),
        # Invisible characters removed inside words, references written as characters.
        ("Bundes\u00adtag\u200b tagt &amp; streitet&nbsp;lange",
         ["Bundestag tagt & streitet lange"]),
        # Decomposed letters composed (NFC).
        ("Mu\u0308nchen", ["München"]),
        ("", []),
    ],
    ids=["line-ends", "whitespace", "invisible-and-entities", "nfc", "empty"],
)  # fmt: skip
def test_page_lines(text: str, lines: list[str]) -> None:
    assert page_lines(text) == lines
    assert normalize(text) == "\n".join(lines)
    assert one_line(text) == " ".join(lines)


def test_one_line_of_none() -> None:
    assert one_line(None) == ""
