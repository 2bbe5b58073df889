"""Display titles of untitled articles: the first sentence, else the start cut at a word."""

from __future__ import annotations

import pytest

from search.titles import DISPLAY_CHARS, display_title

LONG = (
    "Die Landesregierung hat am Dienstag nach langen Verhandlungen mit den Kommunen "
    "einen neuen Finanzausgleich beschlossen, der ab dem kommenden Jahr gilt."
)


@pytest.mark.parametrize(
    ("title", "body", "shown"),
    [
        ("Hafen wächst", "Der Hamburger Hafen wächst.", "Hafen wächst"),
        ("", "Der Hafen wächst. Die Bahn streikt.", "Der Hafen wächst."),
        ("", "Der Hafen wächst!\nZweite Zeile.", "Der Hafen wächst!"),
        # No sentence end after abbreviations, ordinal dates and initials.
        (
            "",
            "Am 5. Januar sprach Dr. Müller in Bonn. Dann ging er.",
            "Am 5. Januar sprach Dr. Müller in Bonn.",
        ),
        ("", "Die Firma z. B. baut Häuser. Dann mehr.", "Die Firma z. B. baut Häuser."),
        ("", "Kurzer Text ohne Punkt", "Kurzer Text ohne Punkt"),
        (
            "",
            LONG,
            "Die Landesregierung hat am Dienstag nach langen Verhandlungen mit den Kommunen …",
        ),
        ("", "  \n ", ""),
        ("   ", "Nur Text.", "Nur Text."),
    ],
)
def test_display_title(title: str, body: str, shown: str) -> None:
    assert display_title(title, body) == shown


def test_a_cut_title_stays_near_the_limit_and_ends_at_a_word() -> None:
    shown = display_title("", LONG)
    assert len(shown) <= DISPLAY_CHARS + 2
    assert LONG.startswith(shown.removesuffix(" …"))
    assert LONG[len(shown) - 2] == " "
