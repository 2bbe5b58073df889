"""Tests for index.inline: chrome and teasers between an article's paragraphs, with reasons."""

from __future__ import annotations

import pytest
from page_parts import H1, H2, L2, P1, P2, P3, TITLE

from index.clean import _Page, clean_page
from index.evidence import Evidence, Gatherer
from index.inline import drop_enclosed

L1 = "Die Lokführergewerkschaft hat ihre Mitglieder erneut zum Streik aufgerufen, der am"
FOOTER = ("Weitere Artikel", H1, L1 + " Mehr lesen", H2, L2 + " …")


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def reasons(*lines: str) -> tuple[list[str], list[tuple[str, str, str]]]:
    """Clean a page; return its body's lines and the dropped lines' (text, reason, detail)."""
    got = clean_page(page(*lines))
    return got.body.split("\n"), [(d.text, d.reason, d.detail) for d in got.dropped]


@pytest.mark.parametrize(
    ("box", "expected"),
    [
        # A box of the stories the footer teases, under a heading, between paragraphs.
        (
            ("Zum Thema", H1, H2),
            [
                ("Zum Thema", "footer-heading", "over teasers within the body"),
                (H1, "inline-teaser", "named by the page's teasers too"),
                (H2, "inline-teaser", "named by the page's teasers too"),
            ],
        ),
        # Without a heading, in a list's bullets, and one with its cut lead.
        (
            (f"• {H1}", f"• {H2}"),
            [
                (f"• {H1}", "inline-teaser", "named by the page's teasers too"),
                (f"• {H2}", "inline-teaser", "named by the page's teasers too"),
            ],
        ),
        (
            (H2, L2 + " Mehr lesen"),
            [
                (H2, "inline-teaser", "named by the page's teasers too"),
                (L2 + " Mehr lesen", "teaser", ""),
            ],
        ),
    ],
)
def test_box_of_teased_headlines_goes(
    box: tuple[str, ...], expected: list[tuple[str, str, str]]
) -> None:
    body, dropped = reasons(TITLE, P1, *box, P2, P3, *FOOTER)
    assert body == [P1, P2, P3]
    for line in expected:
        assert line in dropped


@pytest.mark.parametrize(
    "line",
    [
        "Die Kosten im Überblick",  # a subheading of the article's own
        "Fotos: Anna Keller",  # a photo credit, as one under the teasers too
        "Bahnstreik im ganzen Land",  # like a teased headline, but not it
    ],
)
def test_lines_the_teasers_do_not_name_stay(line: str) -> None:
    footer = (*FOOTER, "Fotos: Anna Keller")
    body, dropped = reasons(TITLE, P1, line, P2, P3, *footer)
    assert line in body or (line, "credit", "") in dropped
    assert not any(text == line and reason == "inline-teaser" for text, reason, _ in dropped)


@pytest.mark.parametrize("arrow", ["➤", "⇢", "⟶", "↠", "⤷", "▹", "➡️"])
def test_an_arrow_of_any_shape_announces_a_headline(arrow: str) -> None:
    line = f"{arrow} Neue Regeln für Mieter ab Januar in der ganzen Stadt"
    body, dropped = reasons(TITLE, P1, line, P2, P3)
    assert body == [P1, P2, P3]
    assert (line, "inline-teaser", "") in dropped


def test_another_articles_title_alone_between_paragraphs_goes() -> None:
    gatherer = Gatherer()
    gatherer.add_article("site/other", H2, L2)
    evidence = gatherer.evidence()
    got = clean_page(page(TITLE, P1, H2, P2, P3), evidence, "site", "site/mine")
    assert got.body.split("\n") == [P1, P2, P3]
    assert [(d.text, d.reason, d.article) for d in got.dropped] == [
        (H2, "inline-teaser", "site/other")
    ]


@pytest.mark.parametrize(
    "lines",
    [
        (P1, H1, H2, P2),  # two headlines together: a list of the article's own
        (P1, H2, "Die Kosten im Überblick", P2),  # next to a subheading
    ],
    ids=["list", "beside-subheading"],
)
def test_another_articles_title_in_a_list_stays(lines: tuple[str, ...]) -> None:
    gatherer = Gatherer()
    gatherer.add_article("site/other", H2, L2)
    got = clean_page(page(TITLE, *lines, P3), gatherer.evidence(), "site", "site/mine")
    assert H2 in got.body.split("\n")


def test_own_title_is_no_other_articles() -> None:
    gatherer = Gatherer()
    gatherer.add_article("site/mine", H2, L2)
    got = clean_page(page(TITLE, P1, H2, P2, P3), gatherer.evidence(), "site", "site/mine")
    assert H2 in got.body.split("\n")


AD = "Jetzt Strompreise vergleichen und bis zu 500 Euro im Jahr sparen. Hier zum Rechner."


@pytest.mark.parametrize(
    ("label", "text", "gone"),
    [
        # A site's box under its label, both on every page: the label and the box go.
        ("Werbung – Text geht unten weiter", AD, True),
        ("Anzeige", AD, True),
        # Recurring prose under a label that is not on every page stays: the article's.
        ("", AD, False),
    ],
    ids=["long-label", "short-label", "no-label"],
)
def test_recurring_text_under_a_recurring_label_goes(label: str, text: str, gone: bool) -> None:
    box = [line for line in (label, text) if line]
    gatherer = Gatherer()
    for n in range(10):
        gatherer.add_lines("site", [f"Titel {n}", f"{P1} Nummer {n}.", *box, f"{P2} {n}."])
    got = clean_page(page(TITLE, P1, *box, P2, P3), gatherer.evidence(), "site", "site/mine")
    assert (text not in got.body.split("\n")) is gone
    if gone:
        assert (text, "chrome", "recurring text under a recurring label") in [
            (d.text, d.reason, d.detail) for d in got.dropped
        ]


@pytest.mark.parametrize(
    ("lines", "gone"),
    [
        # A headline after a symbol, alone between paragraphs: another article's teaser.
        ((P1, "◆ " + H2, P2), True),
        ((P1, "■ " + H2, P2), True),
        ((P1, "• " + H2, P2), True),
        # Items of a list opening alike stay, as do a dash, a number, a quotation.
        ((P1, "◆ " + H1, "◆ " + H2, P2), False),
        ((P1, "– " + H2, P2), False),
        ((P1, "3 " + H2, P2), False),
        ((P1, "„Wir bleiben hier“, sagt der Bürgermeister", P2), False),
        # A sentence after a symbol is the article's own.
        ((P1, "◆ Der Bürgermeister will die Straßenbahn verlängern.", P2), False),
    ],
    ids=["diamond", "square", "bullet", "list", "dash", "number", "quotation", "sentence"],
)
def test_headline_after_a_symbol_between_paragraphs(lines: tuple[str, ...], gone: bool) -> None:
    body, dropped = reasons(TITLE, *lines, P3)
    symbol_led = [d for d in dropped if d[2].startswith("a headline after a symbol")]
    assert bool(symbol_led) == gone
    assert (P1 in body, P2 in body, P3 in body) == (True, True, True)


@pytest.mark.parametrize(
    ("inline", "footer"),
    [
        # The footer joins the headline to its lead on one line.
        (H1, (f"{H1} – {L1} …", f"{H2} – {L2} …", f"Corona: Neue Regeln für Schulen – {L1} …")),
        # The footer's headlines carry their comment counts; a video names one.
        (
            f"Video (2:44): {H1}",
            (
                f"{H1} (128 Kommentare)",
                f"{H2} (12 Kommentare)",
                "Neue Schulen im Bau (3 Kommentare)",
            ),
        ),
    ],
    ids=["joined-lead", "counted"],
)
def test_body_line_naming_a_teased_headline_goes(inline: str, footer: tuple[str, ...]) -> None:
    body, dropped = reasons(TITLE, P1, inline, P2, P3, "Weitere Artikel", *footer)
    assert body == [P1, P2, P3]
    assert (inline, "inline-teaser", "named by the page's teasers too") in dropped


MARKED_DETAIL = "opens with a mark seen on other pages of the source"
OTHER_HEADLINES = (
    "Hochwasser erreicht die Altstadt am Wochenende",
    "Neuer Trainer für den Fußballverein gefunden",
    "Bäckerei schließt nach hundert Jahren ihre Türen",
    "Gemeinderat streitet über den Haushalt der Schulen",
    "Polizei sucht Zeugen nach Unfall auf der Landstraße",
    "Festival bringt Tausende Besucher in die Innenstadt",
)


def marked_source(mark: str, tail: str = "") -> Gatherer:
    """Return the evidence of a source whose pages carry a teaser card opening with mark."""
    gatherer = Gatherer()
    for n, other in enumerate(OTHER_HEADLINES):
        card = f"{mark} {other}{tail}"
        gatherer.add_lines("site", [f"Titel {n}", f"{P1} Nummer {n}.", card, f"{P2} {n}."])
    return gatherer


@pytest.mark.parametrize(
    ("mark", "line", "gone"),
    [
        # A teaser card in the site's template: a label and a symbol, a symbol alone, a
        # short tail after the headline (a date in brackets, an age after a dot).
        ("Lesetipp ⟩", f"Lesetipp ⟩ {H2}", True),
        ("Breaking ▸", f"Breaking ▸ {H2}", True),
        ("📰", f"📰 {H2} (12.04.)", True),
        ("▣", f"▣ {H2} · vor 3 Std.", True),
        # A sentence after the mark is the article's own; a line opening otherwise is not
        # the template's (other rules judge it).
        ("📰", "📰 Der Bürgermeister will die Straßenbahn im Westen verlängern.", False),
        ("Lesetipp ⟩", f"Lesetipp: {H2}", False),
    ],
    ids=["label-symbol", "ticker-label", "symbol-date", "symbol-age", "sentence", "other-mark"],
)
def test_card_opening_with_the_sources_mark_goes(mark: str, line: str, gone: bool) -> None:
    evidence = marked_source(mark).evidence()
    got = clean_page(page(TITLE, P1, line, P2, P3), evidence, "site", "site/mine")
    dropped = [(d.text, d.reason, d.detail) for d in got.dropped]
    assert ((line, "inline-teaser", MARKED_DETAIL) in dropped) is gone
    if gone:
        assert got.body.split("\n") == [P1, P2, P3]


def test_card_mark_needs_the_sources_pages() -> None:
    line = f"Lesetipp ⟩ {H2}"
    got = clean_page(page(TITLE, P1, line, P2, P3), Gatherer().evidence(), "site", "site/mine")
    assert line in got.body.split("\n")


def test_list_items_opening_with_the_sources_mark_stay() -> None:
    items = ("◾ " + H1, "◾ " + H2)
    got = clean_page(page(TITLE, P1, *items, P2, P3), marked_source("◾").evidence(), "site", "x")
    assert not [d for d in got.dropped if d.detail == MARKED_DETAIL]


@pytest.mark.parametrize(
    ("titled", "gone"),
    [
        # Another article's title after the source's label, though it reads as prose.
        (True, True),
        # The same words, no article of the archive titled so: the article's own.
        (False, False),
    ],
)
def test_title_of_two_exclamations_after_the_sources_label(titled: bool, gone: bool) -> None:
    other = "Macht Corona blöde? Der Minister denkt über ein Verbot von Freizeitsport nach!"
    gatherer = Gatherer()
    for n, headline in enumerate(OTHER_HEADLINES):
        lines = [f"Titel {n}", f"{P1} Nummer {n}.", f"Aus dem Archiv: {headline}", f"{P2} {n}."]
        gatherer.add_lines("site", lines)
    if titled:
        gatherer.add_article("site/other", other, L2)
    line = f"Aus dem Archiv: {other}"
    got = clean_page(page(TITLE, P1, line, P2, P3), gatherer.evidence(), "site", "site/mine")
    assert (line not in got.body.split("\n")) is gone


@pytest.mark.parametrize(
    ("line", "gone"),
    [
        # After a label of words and the site's symbol, the headline may read as a
        # sentence, look like a credit or have three words: the site's teaser card.
        (f"Gleich daneben ⊳ {H2}", True),
        ("Gleich daneben ⊳ Keine Märkte, keine Feiern! Dafür härtere Regeln.", True),
        ("Gleich daneben ⊳ Erstes Bild: So könnte die neue Seilbahn aussehen", True),
        ("Gleich daneben ⊳ Pesthauch des Despotismus", True),
        # Two words say too little; three sentences are a paragraph.
        ("Gleich daneben ⊳ Pesthauch Despotismus", False),
        ("Gleich daneben ⊳ Es regnet. Es schneit. Es hagelt im ganzen Land.", False),
    ],
    ids=["headline", "two-sentences", "credit-like", "three-words", "two-words", "three-sentences"],
)
def test_card_label_of_words_takes_any_headline(line: str, gone: bool) -> None:
    evidence = marked_source("Gleich daneben ⊳").evidence()
    got = clean_page(page(TITLE, P1, line, P2, P3), evidence, "site", "site/mine")
    dropped = [(d.text, d.reason, d.detail) for d in got.dropped]
    assert ((line, "inline-teaser", MARKED_DETAIL) in dropped) is gone
    assert [P1, P2, P3] == [p for p in got.body.split("\n") if p != line]


def test_card_label_opening_paragraphs_is_a_speakers() -> None:
    """A label the source's pages open lines with, opening a paragraph of this page too,
    is an interview's speaker: its short lines stay."""
    evidence = marked_source("Frage ⊳").evidence()
    short = "Frage ⊳ Keine Märkte, keine Feiern! Und jetzt?"
    got = clean_page(page(TITLE, P1, short, f"Frage ⊳ {P2}", P3), evidence, "site", "mine")
    assert got.body.split("\n") == [P1, short, f"Frage ⊳ {P2}", P3]


KICKED = "Keine Märkte, keine Feiern! Dafür vielleicht härtere Regeln im Land."
L1 = "Die Gewerkschaft hat ihre Mitglieder erneut zum Streik aufgerufen, der am Montag in allen"


@pytest.mark.parametrize(
    ("tail", "gone"),
    [
        # The rest of a list of teasers opening with the mark of the dropped one above.
        (("▹ " + KICKED, "▹ Der Stadtrat tagt wieder am Montag im Rathaus."), True),
        # A line opening otherwise ends the run: the list does not reach the footer.
        (("▹ " + KICKED, "Der Stadtrat tagt wieder am Montag im Rathaus."), False),
    ],
    ids=["run-to-footer", "run-broken"],
)
def test_rest_of_a_marked_teaser_list_goes(tail: tuple[str, ...], gone: bool) -> None:
    text = page(TITLE, P1, P2, P3, "Lesen Sie auch", "▹ " + H1, *tail, "Impressum · Kontakt")
    got = clean_page(text)
    assert (("▹ " + KICKED) not in got.body.split("\n")) is gone


@pytest.mark.parametrize(
    ("middle", "lead_dropped", "gone"),
    [
        # A headline reading as sentences between a dropped label and a dropped lead.
        (KICKED, True, True),
        # The lead below was kept: nothing encloses the line.
        (KICKED, False, False),
        # A paragraph's length is no headline's.
        (P2, True, False),
    ],
    ids=["enclosed", "lead-kept", "paragraph"],
)
def test_line_enclosed_by_a_teasers_dropped_parts(
    middle: str, lead_dropped: bool, gone: bool
) -> None:
    lines = [TITLE, P1, "Zwischenruf", middle, f"{L2} … Mehr lesen", P3]
    view = _Page(lines, Evidence(), "site", "mine", classify=False)
    view.drop(2, "repeated")
    if lead_dropped:
        view.drop(4, "classifier")
    drop_enclosed(view, list(range(1, len(lines))), len(lines) - 1)
    assert view.is_dropped(3) is gone


@pytest.mark.parametrize(
    ("line", "goes"),
    [
        # Sentences naming a headline the footer teases, however they are worded.
        (f"Wie es dazu kam, schildert unser früheres Stück „{H1}“.", True),
        (f"We covered the background earlier in {H1}.", True),
        (f"Zur Vorgeschichte hatte die Redaktion berichtet: {H2}.", True),
        # A paragraph citing the headline has many more words of its own.
        (
            f"Schon im Frühjahr stand in der Zeitung „{H1}“, und seither haben die Pendler "
            "der Stadt jede Woche neue Ausfälle erlebt, die den Stadtrat zum Handeln zwangen.",
            False,
        ),
        # A sentence naming no headline of the footer.
        ("Wie es dazu kam, schildert unser früheres Stück über die Bauarbeiten.", False),
    ],
    ids=["quoted", "english", "after-colon", "long-paragraph", "names-none"],
)
def test_line_naming_a_footer_teaser_goes(line: str, goes: bool) -> None:
    body, dropped = reasons(TITLE, P1, line, P2, P3, *FOOTER)
    assert (
        (line, "inline-teaser", "names a teaser of the page's footer") in dropped
        if goes
        else (line in body)
    )


WRITERS_TRAILING = (
    "Die Anwohner im neuen Stadtteil fürchten dennoch Lärm und Baustellen, der Bau der "
    "Straßenbahn werde Jahre dauern, und danach komme sicher die nächste Baustelle…"
)


@pytest.mark.parametrize(
    ("lines", "kept"),
    [
        # A paragraph trailing off in an ellipsis under a short line, about the article.
        ((P1, "Und das sagen die Anwohner", WRITERS_TRAILING, P2, P3), WRITERS_TRAILING),
    ],
    ids=["writers-ellipsis"],
)
def test_article_lines_weighed_against_it_stay(lines: tuple[str, ...], kept: str) -> None:
    body, dropped = reasons(TITLE, *lines)
    assert kept in body, dropped


def test_other_storys_headline_and_ellipsis_lead_go() -> None:
    body, dropped = reasons(TITLE, P1, H2, L2 + "…", P2, P3)
    assert (H2, "teaser", "") in dropped
    assert (L2 + "…", "teaser", "") in dropped
    assert body == [P1, P2, P3]
