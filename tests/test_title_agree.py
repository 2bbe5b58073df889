"""Tests for index.title_agree: the title the lines of a page's head agree on."""

from __future__ import annotations

import pytest
from page_parts import P1, P2, P3, TITLE

from index.clean import clean_page
from index.title_agree import agreed

LOWER = TITLE.lower()
# The title wrapped over two lines.
FIRST, SECOND = "Stadtrat beschließt neue", "Straßenbahnlinie"


def page(*head: str) -> str:
    """Return a page of head lines over the made-up article's body."""
    return "\n\n".join((*head, P1, P2, P3))


@pytest.mark.parametrize(
    "head",
    [
        # A breadcrumb ending in the title over it, the site's name after it.
        (f"Start ⇝ Politik ⇝ {TITLE}", f"## {TITLE} ⁓ Rheinblatt"),
        # A kicker of the page's own and "(Update)", the lower-case copy under it.
        (f"Kurswechsel: {TITLE} (Update)", LOWER),
        (f"Kurswechsel – {TITLE} – 14:32", LOWER),
        # The title in capitals over it, the site's name in brackets after it.
        (TITLE.upper(), f"{TITLE} (Rheinblatt)"),
        # The head title left over from the markup, and the title in quotation marks.
        (f"<title>{TITLE} · Rheinblatt</title>", f"„{TITLE}“"),
        # The site's name, an article number; a breadcrumb ending in the title under it.
        (f"Rheinblatt Nr. 4711 ⟩ {TITLE}", f"Lokales » Stadt » {TITLE}"),
        # Wrapped over two lines, the site's name after its end; the copy under it.
        (FIRST, f"{SECOND} / Rheinblatt", LOWER),
        (f"Rheinblatt | {FIRST}", SECOND, LOWER),
        # A breadcrumb ending in it under the title, a kicker line and an author over it.
        ("Von Anna Keller", f"{TITLE} ‖ Rheinblatt", f"Sie lesen: Stadt › {TITLE}"),
    ],
)
def test_the_title_the_head_lines_agree_on(head: tuple[str, ...]) -> None:
    got = clean_page(page(*head))
    assert got.title == TITLE
    assert got.body == "\n".join((P1, P2, P3))
    assert {d.reason for d in got.dropped} <= {"banner", "title-copy"}


@pytest.mark.parametrize(
    ("head", "title"),
    [
        # A title and its copy, both with the site's part: the whole line is the title,
        # though a dateline repeats it without that part.
        ((f"{TITLE}--Stadt--Rheinblatt", f"{TITLE}--Stadt--Rheinblatt", f"Bonn (dpa) {TITLE}"),
         f"{TITLE}--Stadt--Rheinblatt"),
        # The site's name (three words) in capitals over the title and after it: the
        # larger part of the line is the title.
        (("RHEIN BLATT ONLINE", f"{TITLE} – Rhein Blatt Online"),
         f"{TITLE} – Rhein Blatt Online"),
        # A French question mark set off by a space, in the title and in its copy.
        (("Le tram arrive enfin en ville ?", "le tram arrive enfin en ville ?"),
         "Le tram arrive enfin en ville ?"),
        (("Enfin : Le tram arrive enfin en ville ? (Update)", "le tram arrive enfin en ville ?"),
         "Le tram arrive enfin en ville ?"),
    ],
)  # fmt: skip
def test_what_the_agreed_title_keeps(head: tuple[str, ...], title: str) -> None:
    assert clean_page(page(*head)).title == title


@pytest.mark.parametrize(
    "lines",
    [
        # A subheading in the body repeating the title's end, after a sentence of prose.
        [f"Straßenbahn: {TITLE}", P1, TITLE, P2],
        # ... after a photo caption.
        [f"Straßenbahn: {TITLE}", "Die neue Bahn im Depot. Foto: Anna Keller", TITLE, P2],
        # A part of the title followed by more of its sentence is no title.
        ["Stadtrat beschließt neue Straßenbahnlinie! Bau beginnt", TITLE, P1],
        # The body's first sentence again over the paragraph opening with it.
        [TITLE, "**Der Stadtrat hat am Dienstag nach langer Debatte beschlossen.**",
         "Der Stadtrat hat am Dienstag nach langer Debatte beschlossen."],
    ],
)  # fmt: skip
def test_no_agreement(lines: list[str]) -> None:
    prose = {k for k, line in enumerate(lines) if line in (P1, P2)}
    prose |= {k for k, line in enumerate(lines) if line.startswith("Die neue Bahn")}
    found = agreed(lines, len(lines), set(), prose)
    assert found is None or found.line == 0


def test_a_line_repeated_alike_apart_is_no_title() -> None:
    """An advertising label twice on the page, case and all, lines apart: no title."""
    lines = ["Anzeige ⧫ Partner des Hauses", TITLE, P1, "Anzeige ⧫ Partner des Hauses", P2]
    assert agreed(lines, len(lines), set()) is None


def test_lines_recurring_on_the_sources_pages_hold_no_title() -> None:
    lines = ["Foto: Anna Keller für Rheinblatt", TITLE, P1, "FOTO: ANNA KELLER FÜR RHEINBLATT"]
    assert agreed(lines, len(lines), {0, 3}) is None
    assert agreed(lines, len(lines), set()) is not None


def test_inspect_says_what_was_cut() -> None:
    got = clean_page(page(f"Kurswechsel: {TITLE} (Update)", LOWER))
    assert got.title_cut == (
        "'Kurswechsel:' before it",
        "'(Update)' after it",
        "as 1 other lines of the page's head hold it",
    )
