"""Tests for index.listings: runs and records of lines cut from one template."""

from __future__ import annotations

import pytest

from index import listings
from index.clean import clean_page
from index.shape import Shape

LEAD = (
    "Die Gemeinde hat am Montag beschlossen, den alten Bahnhof bis zum Herbst umzubauen "
    "und dort einen Treffpunkt für"
)
LEAD2 = (
    "Nach dem Hochwasser im Frühjahr sollen die Deiche im Landkreis erhöht werden, wie "
    "das Umweltamt am Dienstag mitteilte und"
)
PROSE = (
    "Der Stadtrat hat am Abend über den Haushalt beraten. Die Mehrheit stimmte für die "
    "Pläne der Verwaltung, die Opposition dagegen."
)


def shapes(*lines: str) -> list[Shape]:
    return [Shape(line) for line in lines]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Other stories' headlines with their dates in brackets.
        (
            ["Brücke wird saniert (12.03.2021)", "Neuer Radweg eröffnet (04.11.2020)", PROSE],
            [(0, 1)],
        ),
        # A gallery's numbered captions.
        (
            [PROSE, "Bild 1 von 3 ⟩ Der Marktplatz am Morgen", "Bild 2 von 3 ⟩ Die Halle"],
            [(1, 2)],
        ),
        # Stamps the page's paragraphs open with too: the page's style, not a listing.
        (
            ["[10:15] Erste Meldung kurz", "[11:20] Zweite Meldung kurz", f"[12:00] {PROSE}"],
            [],
        ),
        # A list without numbers, and numbers without brackets or symbols.
        (["- Äpfel und Birnen", "- Kartoffeln und Lauch"], []),
        (["1. Äpfel und Birnen", "2. Kartoffeln und Lauch"], []),
        # Prose is no listing's item.
        ([f"{PROSE} (12.03.2021)", f"{PROSE} (04.11.2020)"], []),
    ],
    ids=["dated-headlines", "gallery", "styled-stamps", "bullets", "numbered", "prose"],
)
def test_runs(lines: list[str], expected: list[tuple[int, int]]) -> None:
    assert listings.runs(shapes(*lines)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("> Brücke wird saniert", "> "),
        ("- **Brücke wird saniert**", "- **"),
        ("│ Brücke wird saniert", "│ "),
        ('summary: "Die Gemeinde hat"', "summary: "),
        ("„Das ist ein Zitat“, sagte er.", ""),
        ("§ 7 Umfang der Leistung", ""),
        ("(1) Der Anspruch richtet sich", ""),
        ("Brücke wird saniert", ""),
    ],
)
def test_mark(text: str, expected: str) -> None:
    assert listings.mark(text) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # Markdown rows over leads that break off.
        (
            [
                "- **Brücke wird saniert** (12.03.)",
                LEAD,
                "- **Deiche werden erhöht** (4.11.)",
                LEAD2,
            ],
            [(0, 3)],
        ),
        # A data dump's records: key and value, the lead of whole sentences.
        (
            [
                "- titel: Brücke wird saniert",
                f'summary: "{PROSE}"',
                "- titel: Deiche werden erhöht",
                f'summary: "{PROSE}"',
            ],
            [(0, 3)],
        ),
        # Cards drawn with frames.
        (
            ["┌────┐", "│ Brücke wird saniert", f"│ {LEAD}", "└────┘"] * 2,
            [(0, 7)],
        ),
        # Quoted teasers: the same mark on every line, a lead beside the headline.
        (["> Brücke wird saniert", f"> {LEAD}", "> Deiche werden erhöht", f"> {LEAD2}"], [(0, 3)]),
        # A bullet list of the article's own: short items only.
        (["- Äpfel und Birnen", "- Kartoffeln", "- Lauch und Zwiebeln", "- Möhren"], []),
        # Subheadings over paragraphs of whole sentences.
        (["### Der Plan", PROSE, "### Die Kritik", PROSE], []),
        # A hard-wrapped paragraph goes on in lower case.
        (
            ["- **Brücke wird saniert**", LEAD, "und der Rest des Satzes", "- **Deiche**", LEAD2],
            [],
        ),
    ],
    ids=["markdown", "yaml", "cards", "quoted", "bullets", "subheadings", "wrapped"],
)
def test_records(lines: list[str], expected: list[tuple[int, int]]) -> None:
    assert listings.records(shapes(*lines)) == expected


TITLE = "Stadtrat beschließt den Haushalt"
BODY = [PROSE, "Die Verwaltung legt den Plan im Mai vor. Dann entscheidet der Rat endgültig."]


@pytest.mark.parametrize(
    ("between", "gone"),
    [
        (["Brücke wird saniert (12.03.2021)", "Neuer Radweg eröffnet (04.11.2020)"], 2),
        (["Bild 1 von 3 ⟩ Der Marktplatz am Morgen", "Bild 2 von 3 ⟩ Die neue Halle"], 2),
    ],
    ids=["dated-headlines", "gallery"],
)
def test_clean_page_drops_listings(between: list[str], gone: int) -> None:
    got = clean_page("\n\n".join([TITLE, BODY[0], *between, BODY[1]]))
    assert got.body == "\n".join(BODY)
    assert sum(d.detail.startswith("listing") for d in got.dropped) >= 1
    assert len([d for d in got.dropped if d.text in between]) == gone


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Brücke&nbsp;wird saniert", "Brücke wird saniert"),
        ("Er sagte: &#8222;Ja&#8220; &amp; ging.", "Er sagte: „Ja“ & ging."),
        (
            "Die Firma AT&T nannte das &#x27;ein gutes Ergebnis&#x27; für alle Beteiligten.",
            "Die Firma AT&T nannte das 'ein gutes Ergebnis' für alle Beteiligten.",
        ),
    ],
)
def test_clean_page_reads_character_references(raw: str, expected: str) -> None:
    assert clean_page(f"{TITLE}\n\n{PROSE}\n\n{raw}").body.endswith(expected)


def test_clean_page_keeps_a_listing_of_the_articles_own() -> None:
    # A live blog's entries share the article's words: its own list, not other stories'.
    entries = [
        "Stadtrat vertagt Haushalt erneut (11.13 Uhr)",
        "Verwaltung verteidigt Haushalt vor Stadtrat (05.19 Uhr)",
    ]
    got = clean_page("\n\n".join([TITLE, BODY[0], *entries, BODY[1]]))
    assert got.body == "\n".join([BODY[0], *entries, BODY[1]])
