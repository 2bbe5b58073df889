"""Tests for index.clean: normalisation, scraped-page cleaning and record cleaning."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from page_parts import SITE_ARTICLES, gathered

from index.clean import CleanedArticle, clean_article, clean_page, normalize
from index.evidence import Evidence
from index.line_keys import line_key

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
        # Whitespace that is no line break is folded into one space; a break splits.
        ("a\x1fb\u3000 c\u202fd\u2009\u2009e", "a b c d e"),
        ("a\u2028b\x0bc\x0cd\x85e\u2029f\x1cg", "a\nb\nc\nd\ne\nf\ng"),
        ("\u00ad\u200b \u2060", ""),
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
        "unicode-spaces",
        "unicode-breaks",
        "only-invisible",
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


def site_body(n: int, count: int = 2) -> list[str]:
    """Return count paragraphs (up to three) of the n-th article of SITE_ARTICLES, made
    of its two sentences in turn."""
    _, one, two = SITE_ARTICLES[n]
    return [f"{one} {two}", f"{two} {one}", f"{one} {two} {one}"][:count]


def site_pages(make: Callable[[int], str]) -> list[tuple[str, str]]:
    """Return (id, text) of a source's pages, one for each of SITE_ARTICLES."""
    return [(f"p{n}", make(n)) for n in range(len(SITE_ARTICLES))]


# Stories of other sources the teasers name (the run knows none of them).
PLACES = ("Ahlen", "Borken", "Coesfeld", "Dülmen", "Emsdetten", "Gronau", "Haltern", "Ibbenbüren",
          "Kalkar", "Lingen", "Meppen", "Nordhorn", "Olfen", "Papenburg", "Rheine", "Senden",
          "Telgte", "Unna", "Vreden", "Werne", "Xanten", "Zwillbrock", "Ascheberg", "Bocholt",
          "Datteln", "Enger", "Finnentrop", "Greven", "Herten", "Isselburg")  # fmt: skip
STORIES = (
    ("Sturm deckt Dächer in {} ab", "In {} hat der Sturm in der Nacht mehrere Dächer"
     " beschädigt und Bäume entwurzelt. Die Polizei sperrte zwei Straßen bis zum Morgen."),
    ("Neue Kita in {} eröffnet", "Nach zwei Jahren Bauzeit können in {} nun achtzig Kinder"
     " betreut werden. Es fehlen aber noch Erzieherinnen für die Gruppen am Nachmittag."),
    ("Stadtfest in {} abgesagt", "Wegen der Unwetterwarnung hat die Verwaltung in {} das"
     " Fest am Wochenende abgesagt. Die Händler und Schausteller sind enttäuscht."),
)  # fmt: skip


# The site's lines after the body (share and legal links), on every page.
SITE_CHROME = ("Per Messenger teilen · Per Mail senden", "Impressum · Datenschutz · Kontakt")


def teasers_after_body(tail: str) -> Callable[[int], str]:
    """Return a maker of pages whose teasers (one between the paragraphs, the others
    after the site's chrome, with no heading) end in the site's tail, after a whole
    sentence."""

    def make(n: int) -> str:
        teasers = []
        for k, (headline, lead) in enumerate(STORIES):
            place = PLACES[n * len(STORIES) + k]
            teasers += [headline.format(place), f"{lead.format(place)} {tail}"]
        one, two, three = site_body(n, 3)
        # The first teaser stands between the paragraphs, as sites put one there.
        body = (one, *teasers[:2], two, three)
        return page(SITE_ARTICLES[n][0], *body, *SITE_CHROME, *teasers[2:])

    return make


@pytest.mark.parametrize("tail", ["⸳⸱⸳", "[ … ]", "∷ ∷"])
def test_leads_ending_in_the_sources_tail_are_teasers(tail: str) -> None:
    pages = site_pages(teasers_after_body(tail))
    evidence = gathered(pages)
    for n, (page_id, text) in enumerate(pages):
        got = clean_page(text, evidence, "site", page_id)
        assert got.parts() == (SITE_ARTICLES[n][0], "", "\n".join(site_body(n, 3)))


CREDITS = ("Bildrechte liegen bei {}", "Festgehalten durch {}", "Quelle des Bildes: {}")
PHOTOGRAPHERS = ("Anna Keller", "Pressebild Nord", "Jonas Weber / Archiv", "Open Photo Pool")
PICTURES = ("Blick auf den Marktplatz", "Die neue Brücke im Abendlicht", "Kinder im Park")


def captioned(credit: str, closed: bool = False) -> Callable[[int], str]:
    """Return a maker of pages with a caption ending in a credit worded as credit."""

    def make(n: int) -> str:
        who = credit.format(PHOTOGRAPHERS[n % len(PHOTOGRAPHERS)])
        caption = f"{PICTURES[n % len(PICTURES)]}. {who}" + ("." if closed else "")
        return page(SITE_ARTICLES[n][0], caption, *site_body(n))

    return make


@pytest.mark.parametrize("credit", CREDITS)
def test_a_caption_ending_in_the_sources_credit_is_the_caption(credit: str) -> None:
    pages = site_pages(captioned(credit))
    evidence = gathered(pages)
    for n, (page_id, text) in enumerate(pages):
        got = clean_page(text, evidence, "site", page_id)
        assert got.caption.startswith(PICTURES[n % len(PICTURES)])
        assert got.body == "\n".join(site_body(n))


@pytest.mark.parametrize("credit", CREDITS)
def test_a_closed_sentence_under_the_title_stays_body(credit: str) -> None:
    pages = site_pages(captioned(credit, closed=True))
    evidence = gathered(pages)
    for n, (page_id, text) in enumerate(pages):
        got = clean_page(text, evidence, "site", page_id)
        assert got.caption == ""
        assert got.body.startswith(PICTURES[n % len(PICTURES)])


# The page's own address before the title, its slug spelling the title's words.
ADDRESS = "https://example.de/lokales/stadtraete-billigen-strassenbahnlinien-4711.html"
# A title sharing with the body only inflected or compound words ("Stadträte",
# "Straßenbahnlinien"), over a short first line of the body that reads as a headline.
STEMMED = "Stadträte billigen Straßenbahnlinien"
FIRST = "Der Bau soll im kommenden Frühjahr beginnen"


@pytest.mark.parametrize(
    ("top", "title"),
    [([ADDRESS, STEMMED, FIRST], STEMMED), ([STEMMED, FIRST], STEMMED)],
    ids=["address-before-title", "title-sharing-stems-with-the-body"],
)
def test_title_found_over_an_address_and_by_stems(top: list[str], title: str) -> None:
    body = (
        "Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, die Straßenbahn bis "
        "zum neuen Stadtteil im Westen zu verlängern. Gebaut wird ab dem kommenden Frühjahr.",
        "Die Kosten werden auf 120 Millionen Euro geschätzt. Bund und Land wollen den "
        "größten Teil davon übernehmen.",
    )
    got = clean_page(page(*top, *body), None, "site", "own")
    assert got.title == title
    assert got.body.split("\n")[0] == FIRST


# A title over a body that names its words; a kicker over it shares fewer with the body.
TRAM = "Stadtrat verlängert die Straßenbahn nach Westen"
TRAM_BODY = (
    "Der Stadtrat hat am Dienstag beschlossen, die Straßenbahn bis zum neuen Stadtteil im "
    "Westen zu verlängern. Die Kosten werden auf 120 Millionen Euro geschätzt.",
    "Bund und Land wollen den größten Teil der Kosten übernehmen, der Stadtrat den Rest.",
)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # A kicker sharing a word with the body, fewer than the title below.
        (["Kosten steigen", TRAM], TRAM),
        # A kicker of one word (too few to tell by a word shared with the body alone).
        (["Hintergrund", TRAM], TRAM),
        (["Kosten im Blick:", TRAM], TRAM),
        # A short title over its subheading: they share a word, the title is above.
        (["Straßenbahn kommt", TRAM], "Straßenbahn kommt"),
        # A closed sentence over the title is no kicker.
        (["Kosten steigen.", TRAM], "Kosten steigen."),
    ],
    ids=["kicker", "one-word-kicker", "colon-kicker", "title-over-subheading", "sentence"],
)
def test_kicker_over_the_title(top: list[str], title: str) -> None:
    got = clean_page(page(*top, *TRAM_BODY), None, "site", "own")
    assert got.title == title
    if title == TRAM:
        assert [d.detail.split(":")[0] for d in got.dropped] == ["kicker over the title"]


@pytest.mark.parametrize(
    "standfirst",
    [
        TRAM_BODY[0].split(". ")[0] + ".",
        "» " + TRAM_BODY[0].split(". ")[0] + ".",
        "Kurzfassung: " + TRAM_BODY[0].split(". ")[0] + ".",
        "Kurzfassung ⧫ " + TRAM_BODY[0].split(". ")[0] + ".",
    ],
    ids=["plain", "quote-mark", "label", "label-and-mark"],
)
def test_standfirst_repeating_the_bodys_opening_is_dropped(standfirst: str) -> None:
    got = clean_page(page(TRAM, standfirst, *TRAM_BODY), None, "site", "own")
    assert got.body == "\n".join(TRAM_BODY)
    assert got.dropped[0].detail == "the body's opening repeated over it"


def test_a_short_line_opening_as_the_paragraph_stays() -> None:
    """A line of a few words the paragraph below opens with is no standfirst (a
    subheading, a dateline's place): too few words to tell."""
    short = "Der Stadtrat hat am Dienstag"
    got = clean_page(page(TRAM, short, *TRAM_BODY), None, "site", "own")
    assert got.body.split("\n") == [short, *TRAM_BODY]
