"""Tests for index.clean: normalisation, scraped-page cleaning and record cleaning."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from index.clean import CleanedArticle, clean_article, clean_page, normalize
from index.evidence import Evidence, line_key

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED_PAGE = SHARED / "examples" / "seed-page.txt"
EVAL = SHARED / "eval"
PAGES_DEV = EVAL / "pages-dev"
PAGES_GOLD = EVAL / "pages-dev.gold.jsonl"
CORPUS = EVAL / "corpus.jsonl"

TITLE = "Große Pläne für Köln"
BODY1 = "Die Stadt Köln plant einen neuen Radweg am Rhein."
BODY2 = "Bürger können bis Ende März Einwände äußern."
TEASER_TITLE = "Schnee in München: Straßen gesperrt"
TEASER_TEXT = "In München hat es über Nacht kräftig geschneit ... Read more »"
FOOTER = ["News Related", "OTHER NEWS", TEASER_TITLE, TEASER_TEXT, "Top List in the World"]
EXPECTED = CleanedArticle(TITLE, "", f"{BODY1}\n{BODY2}")


def page(*paragraphs: str, sep: str = "\n\n") -> str:
    """Build a scraped page the way the aggregator lays it out."""
    return sep.join(paragraphs)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Grüße aus Köln", "Grüße aus Köln"),
        ("Erste Zeile\r\nZweite Zeile\rDritte Zeile", "Erste Zeile\nZweite Zeile\nDritte Zeile"),
        ("Straße\u00a0\u00a0und\tPlatz  ", "Straße und Platz"),
        ("Mu\u0308nchen und Gro\u0308ße", "München und Größe"),
        ("\n\n  Absatz eins \n\n\n Absatz zwei\n", "Absatz eins\nAbsatz zwei"),
        ("Wort \u200b Wort\u2003Ende", "Wort Wort Ende"),
        # Invisible characters inside a word are dropped rather than splitting it.
        ("Bundes\u200btag und Fuß\u00adball", "Bundestag und Fußball"),
        ("\ufeffÜberschrift", "Überschrift"),
        ("", ""),
        (" \n\t\n\u00a0", ""),
    ],
    ids=[
        "umlauts-sz",
        "crlf-cr",
        "nbsp-tab",
        "decomposed",
        "blank-lines",
        "zero-width-run",
        "invisible-in-word",
        "bom",
        "empty",
        "only-whitespace",
    ],
)
def test_normalize(text: str, expected: str) -> None:
    assert normalize(text) == expected


def test_normalize_yields_nfc() -> None:
    text = normalize("A\u0308rger u\u0308ber Stra\u00dfen")
    assert text == "Ärger über Straßen"
    assert unicodedata.is_normalized("NFC", text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (page(TITLE, TITLE.lower(), BODY1, BODY2, *FOOTER), EXPECTED),
        (page(TITLE, BODY1, BODY2, *FOOTER), EXPECTED),
        (page(TITLE, TITLE.lower(), BODY1, BODY2, *FOOTER, sep="\r\n\r\n"), EXPECTED),
        (page(TITLE, TITLE.lower(), BODY1, BODY2, *FOOTER, sep="\n"), EXPECTED),
        (
            page("Große\u00a0Pläne für\tKöln ", TITLE.lower(), BODY1, " " + BODY2, *FOOTER),
            EXPECTED,
        ),
        (
            page(
                "Gro\u00dfe Pla\u0308ne fu\u0308r Ko\u0308ln", "große pläne für köln", BODY1, BODY2
            ),
            EXPECTED,
        ),
        # Casefold comparison: "STRASSE" repeats "Straße".
        (
            page("Neue Straße in Gießen", "NEUE STRASSE IN GIESSEN", BODY1),
            CleanedArticle("Neue Straße in Gießen", "", BODY1),
        ),
        (
            page(TITLE, TITLE.lower(), BODY1, BODY2, "  other news ", TEASER_TITLE, TEASER_TEXT),
            EXPECTED,
        ),
        (page(TITLE, TITLE.lower(), BODY1, BODY2, "OTHER NEWS", *FOOTER[2:]), EXPECTED),
        # Markers missing: trailing teaser pairs and the top-list line still go.
        (page(TITLE, TITLE.lower(), BODY1, BODY2, *FOOTER[2:]), EXPECTED),
        (page(TITLE, TITLE.lower(), BODY1, BODY2, TEASER_TITLE, TEASER_TEXT), EXPECTED),
        (
            page(
                TITLE,
                BODY1,
                BODY2,
                "Wetter: Sturm zieht auf.",
                "Der Deutsche Wetterdienst warnt vor Böen ... Weiterlesen »",
                TEASER_TITLE,
                "In München hat es über Nacht kräftig geschneit ... Read more",
            ),
            EXPECTED,
        ),
        (page(TITLE, TITLE.lower(), BODY1, BODY2), EXPECTED),
        ("", CleanedArticle("", "", "")),
        (page(TITLE), CleanedArticle(TITLE, "", "")),
    ],
    ids=[
        "full-page",
        "no-lowercase-repetition",
        "crlf",
        "single-newlines",
        "nbsp-in-title-and-body",
        "decomposed-title",
        "casefold-sz",
        "marker-case-and-space",
        "only-other-news",
        "no-markers",
        "no-markers-no-top-list",
        "no-markers-weiterlesen",
        "no-footer",
        "empty",
        "title-only",
    ],
)
def test_clean_page(text: str, expected: CleanedArticle) -> None:
    assert clean_page(text).parts() == expected.parts()


@pytest.mark.parametrize(
    "caption",
    [
        "Bürgermeisterin Anna Beispiel (l.) und Planer Jörg Muster am Rheinufer.",
        "Die Vorstände (v.l.n.r.) Max Muster, Eva Probe und Uli Test bei der Eröffnung.",
        "Die Preisträgerin (Mitte) mit ihren Gästen im Gürzenich.",
        "Foto: Jan Beispiel Das neue Radwegschild am Rheinufer.",
        "Radfahrer am Rheinufer. Foto: Jan Beispiel/dpa",
        "Radfahrer am Rheinufer. Foto: Jan Beispiel / dpa",
        "Radfahrer am Rheinufer. REUTERS/Jan Beispiel",
        "Radfahrer am Rheinufer (Archivbild)",
        "Symbolbild: Ein Fahrrad lehnt an einer Brücke.",
        "© Jan Beispiel Ein Fahrrad lehnt an einer Brücke.",
    ],
    ids=[
        "position-l",
        "position-vlnr",
        "position-mitte",
        "credit-start",
        "credit-end-dpa",
        "credit-end-spaced",
        "reuters",
        "archivbild",
        "symbolbild",
        "copyright",
    ],
)
def test_clean_page_finds_caption(caption: str) -> None:
    text = page(TITLE, TITLE.lower(), caption, BODY1, BODY2, *FOOTER)
    assert clean_page(text).parts() == (TITLE, caption, f"{BODY1}\n{BODY2}")


@pytest.mark.parametrize(
    ("under_title", "reasons"),
    [
        (["Lesezeit: 4 Minuten"], ["repeated"]),
        (["▶ Artikel vorlesen lassen", "Reading time: 5 min"], ["repeated", "repeated"]),
        (["Von Anna Keller, 12.03.2023", "Lesezeit: 4 Minuten"], ["byline", "repeated"]),
    ],
    ids=["reading-time", "audio-and-reading-time", "byline-then-reading-time"],
)
def test_lines_recurring_under_the_title_go_before_the_caption(
    under_title: list[str], reasons: list[str]
) -> None:
    caption = "Radfahrer am Rheinufer. Foto: Jan Beispiel/dpa"
    source = {key: 30 for key in map(line_key, under_title) if key is not None}
    evidence = Evidence(repeated={"site": source})
    text = page(TITLE, TITLE.lower(), *under_title, caption, BODY1, BODY2, *FOOTER)
    got = clean_page(text, evidence, "site")
    assert got.parts() == (TITLE, caption, f"{BODY1}\n{BODY2}")
    assert [(d.text, d.reason) for d in got.dropped if d.text in under_title] == list(
        zip(under_title, reasons, strict=True)
    )


@pytest.mark.parametrize(
    "first",
    [
        BODY1,
        "Die Bild-Zeitung berichtete am Montag über Fotos vom Rheinufer.",
        "Berlin (dpa) – Die Stadt Köln plant einen neuen Radweg am Rhein.",
        "Die Fotos zeigen: Der Radweg ist fertig. Der Bürgermeister ist zufrieden.",
        # A position marker in a paragraph too long for a caption.
        "Bürgermeisterin Anna Beispiel (l.) sprach lange. " + "Sie erklärte die Pläne. " * 20,
    ],
    ids=["plain", "bild-zeitung", "dateline-dpa", "fotos-in-prose", "too-long"],
)
def test_clean_page_keeps_first_paragraph(first: str) -> None:
    text = page(TITLE, TITLE.lower(), first, BODY2, *FOOTER)
    assert clean_page(text).parts() == (TITLE, "", f"{first.strip()}\n{BODY2}")


def test_clean_page_never_empties_body_for_caption() -> None:
    only = "Bürgermeisterin Anna Beispiel (l.) am Rheinufer."
    assert clean_page(page(TITLE, TITLE.lower(), only, *FOOTER)).parts() == (TITLE, "", only)


@pytest.mark.parametrize(
    ("title", "body", "caption", "expected"),
    [
        (TITLE, f"{TITLE}\n{BODY1}\n{BODY2}", None, EXPECTED),
        (TITLE, f"{TITLE.lower()}\n\n{BODY1}\n{BODY2}", None, EXPECTED),
        (TITLE, f"{TITLE}\n{TITLE.lower()}\n{BODY1}\n{BODY2}", None, EXPECTED),
        (TITLE, f"{BODY1}\r\n\r\n{BODY2}\r\n", None, EXPECTED),
        (
            "Gro\u00dfe Pla\u0308ne fu\u0308r\u00a0Ko\u0308ln ",
            f"{BODY1}\n{BODY2}",
            None,
            EXPECTED,
        ),
        (
            None,
            f"  {BODY1}\n\n{BODY2}",
            None,
            CleanedArticle("", "", f"{BODY1}\n{BODY2}"),
        ),
        ("", TITLE, None, CleanedArticle("", "", TITLE)),
        (
            TITLE,
            f"{BODY1}\n{TITLE}\n{BODY2}",
            None,
            CleanedArticle(TITLE, "", f"{BODY1}\n{TITLE}\n{BODY2}"),
        ),
        (
            "Köln plant",
            "Köln plant einen neuen Radweg.",
            None,
            CleanedArticle("Köln plant", "", "Köln plant einen neuen Radweg."),
        ),
        ("Große Pläne\nfür Köln", f"{BODY1}\n{BODY2}", None, EXPECTED),
        (
            TITLE,
            BODY1,
            " Radweg\u00a0am Rhein (l.). Foto: privat ",
            CleanedArticle(TITLE, "Radweg am Rhein (l.). Foto: privat", BODY1),
        ),
        (TITLE, "", "", CleanedArticle(TITLE, "", "")),
    ],
    ids=[
        "exact-repetition",
        "lowercase-repetition",
        "both-repetitions",
        "crlf-body",
        "title-normalised",
        "no-title",
        "empty-title-keeps-body",
        "title-in-middle-kept",
        "title-prefix-kept",
        "title-one-line",
        "caption-normalised",
        "empty-body",
    ],
)
def test_clean_article(
    title: str | None, body: str, caption: str | None, expected: CleanedArticle
) -> None:
    assert clean_article(title, body, caption).parts() == expected.parts()


@pytest.mark.skipif(not SEED_PAGE.is_file(), reason=f"shared seed page absent: {SEED_PAGE}")
def test_seed_page() -> None:
    cleaned = clean_page(SEED_PAGE.read_text(encoding="utf-8"))
    assert cleaned.title == "Verhältnis immer enger: Wladimir Putin will nach Nordkorea reisen"
    assert cleaned.caption.startswith("Im September 2023 war Kim Jong-un")
    assert cleaned.body.startswith(
        "Der russische Präsident Wladimir Putin will nach Nordkorea reisen."
    )
    assert cleaned.body.endswith("Die Behörden in Pjöngjang dementieren derartige Berichte.")
    for junk in ("Read more", "OTHER NEWS", "Novartis", "Top List"):
        assert junk not in cleaned.body
        assert junk not in cleaned.caption


def fold(text: str | None) -> str:
    """Return text NFC-normalised with whitespace runs folded to one space."""
    return " ".join(unicodedata.normalize("NFC", text or "").split())


@pytest.mark.skipif(
    not (PAGES_GOLD.is_file() and PAGES_DEV.is_dir() and CORPUS.is_file()),
    reason=f"shared scraped pages, gold or corpus absent under {EVAL}",
)
def test_pages_dev_titles_and_no_teaser_leakage() -> None:
    gold = [json.loads(line) for line in PAGES_GOLD.read_text(encoding="utf-8").splitlines()]
    wanted = {t for g in gold for t in g["teasers"]}
    teasers: dict[str, tuple[str, str]] = {}
    with CORPUS.open(encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line)
            if doc["id"] in wanted:
                # The page's teaser text always contains the first 100 body characters.
                teasers[doc["id"]] = (fold(doc["title"]), fold(doc["body"])[:100])
    assert gold and wanted <= teasers.keys()

    wrong_titles, leaked = [], []
    for g in gold:
        cleaned = clean_page((PAGES_DEV / g["file"]).read_text(encoding="utf-8"))
        if fold(cleaned.title) != fold(g["title"]):
            wrong_titles.append(g["file"])
        text = fold(f"{cleaned.title}\n{cleaned.caption}\n{cleaned.body}")
        own = fold(f"{g['title']}\n{g['body']}")
        for teaser in g["teasers"]:
            if any(part and part in text and part not in own for part in teasers[teaser]):
                leaked.append((g["file"], teaser))
    assert wrong_titles == []
    assert leaked == []


def test_prose_is_never_dropped_with_everything_else() -> None:
    """A page whose every line looks like chrome keeps its paragraphs of prose, unsure."""
    prose = (
        "Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, die Straßenbahn bis "
        "zum neuen Stadtteil im Westen zu verlängern. Der Bau soll im kommenden Frühjahr beginnen."
    )
    text = page(
        "Neue Straßenbahn",
        "Weitere Artikel",
        "Bahnstreik legt den Verkehr lahm",
        "Die Gewerkschaft hat ihre Mitglieder erneut zum Streik aufgerufen, der am … Mehr lesen",
        prose,
        "Neue Regeln für Mieter",
        "Wer zur Miete wohnt, muss sich auf einige Änderungen bei den … Mehr lesen",
    )
    cleaned = clean_page(text)
    assert cleaned.parts() == ("Neue Straßenbahn", "", prose)
    assert cleaned.uncertain.endswith("prose kept") and not cleaned.skipped
    assert [d.reason for d in cleaned.dropped].count("teaser") == 4
