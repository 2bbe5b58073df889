"""Tests for index.footer_line: a line's margin raised with its reason, and paragraphs."""

from __future__ import annotations

import pytest
from page_parts import H1, P1

from index.footer_line import CHROME, CUT_LEAD, Line, mark, paragraph, short_sentence
from index.shape import Shape


@pytest.mark.parametrize(
    ("text", "expected"),
    [(P1, True), (H1, False), ("Er kam.", False), (P1.rstrip(".") + " und", False)],
)
def test_paragraph(text: str, expected: bool) -> None:
    assert paragraph(Shape(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [(H1, True), ("Er kam. Er sah.", False), (P1, False)],
)
def test_short_sentence(text: str, expected: bool) -> None:
    assert short_sentence(Shape(text)) is expected


@pytest.mark.parametrize(
    ("marks", "margin", "reason"),
    [
        ([(CUT_LEAD, "teaser")], CUT_LEAD, "teaser"),
        ([(CHROME, "chrome"), (CUT_LEAD - 1, "teaser")], CHROME, "chrome"),
        ([(-5.0, "teaser")], 0.0, "footer"),  # a lower margin leaves the line as it was
    ],
)
def test_mark_only_raises(marks: list[tuple[float, str]], margin: float, reason: str) -> None:
    line = Line(Shape(H1))
    for m, r in marks:
        mark(line, m, r)
    assert (line.margin, line.reason) == (margin, reason)
