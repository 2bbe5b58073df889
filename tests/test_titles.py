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


def _whole_text_title(body: str) -> str:
    """The display title worked out from the whole body collapsed (what the start decides)."""
    from search.titles import SENTENCE_CHARS, SENTENCE_END, SPACE

    text = SPACE.sub(" ", body).strip()
    if not text:
        return ""
    end = SENTENCE_END.search(text[: SENTENCE_CHARS + 3])
    first = text[: end.start()] if end else text
    if len(first) <= SENTENCE_CHARS:
        return first
    cut = text[: DISPLAY_CHARS + 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + " …"


@pytest.mark.parametrize(
    "body",
    [
        "Der Rat tagte. " * 200,
        "Ein langer Satz ohne Ende " * 100,
        " \n\t " * 300 + "Nach viel Leerraum beginnt der Text. Er geht weiter.",
        " " * 995 + "Der Text beginnt kurz vor der Grenze und läuft weiter " * 5,
        "Kurz. " + "\n" * 2000 + "Dann lange nichts.",
        "Wort " * 199 + "Ende.\u2003\u2003Neu " + "x " * 500,
        "Ein Satz von genau dieser Art endet hier. Danach " + "folgt mehr Text " * 80,
        "a" * 5000,
    ],
)
def test_display_title_of_a_long_body_is_that_of_its_whole_text(body: str) -> None:
    assert display_title("", body) == _whole_text_title(body)
