"""Tests for index.footer (with footer_headings) and footer_start: where the body ends."""

from __future__ import annotations

import pytest
from page_parts import H1, H2, P1, P2, P3

from index import footer, footer_line, footer_start
from index.clean import clean_page, gather_page
from index.evidence import Gatherer
from index.shape import Shape

L1 = "Die Lokführergewerkschaft hat ihre Mitglieder erneut zum Streik aufgerufen, der am"
L2 = "Wer zur Miete wohnt, muss sich im kommenden Jahr auf einige Änderungen einstellen …"


def body_end(*lines: str, seen: dict[str, int] | None = None) -> int:
    """Return how many of the lines stay body."""
    scored = [footer_line.Line(Shape(text), (seen or {}).get(text, 0)) for text in lines]
    footer.score(scored)
    return footer_start.start(scored)


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        ((P1, P2), 2),
        ((P1, P2, "Weitere Artikel", H1, L1 + " Mehr lesen", H2, L2), 2),
        ((P1, P2, H1, L1 + " »", H2, L2), 2),
        ((P1, P2, H1, L1, H2, L2 + " Read more"), 2),
        ((P1, P2, "Artikel teilen", "12 Kommentare", "Impressum | Datenschutz | AGB"), 2),
        ((P1, P2, H1, L1 + " …", "© 2024 Rheinblick. Alle Rechte vorbehalten."), 2),
        ((P1, P2, "Top stories", H1, H2, "Corona: Neue Regeln für Schulen", "Kontakt"), 2),
        # A numbered list under a heading, one item made of sentences.
        (
            (
                P1,
                P2,
                "Trending »",
                f"1) {H1}",
                f"2) {H2}",
                "3) Anne Will: Böse Rechte auf den Hygienedemos? Sahra widerspricht – und "
                "attackiert Bill Gates!",
                "4) Corona: Neue Regeln für Schulen",
            ),
            2,
        ),
        # A photo credit between a teaser's headline and its lead, no heading over them.
        ((P1, P2, H1, "Fotos: IMAGO", L1 + " [⇢]", H2, "Foto: dpa", L2), 2),
        # A lone short line after the body: an author's name, not a footer.
        ((P1, P2, "Von Anna Keller"), 3),
        # A body paragraph ending in an ellipsis is body.
        ((P1, P2 + " Und dann …"), 2),
        # Sentences broken over lines are body, however they end.
        ((P1, "Die Kosten werden auf 120 Millionen", "geschätzt, sagte der Sprecher."), 3),
    ],
    ids=[
        "no-footer",
        "heading-and-teasers",
        "teasers-without-heading",
        "one-lead-marked",
        "chrome-only",
        "teaser-and-copyright",
        "headline-list",
        "numbered-list-with-sentences",
        "credit-between-headline-and-lead",
        "author-line",
        "ellipsis-in-body",
        "hard-wrapped",
    ],
)
def test_body_end(lines: tuple[str, ...], body: int) -> None:
    assert body_end(*lines) == body


def test_heading_seen_on_many_pages_keeps_the_body_above_it() -> None:
    # The article's own list of headlines stays above the source's recurring heading.
    own = ("Dossier: Die Bahn", "Der Streik und seine Folgen", "Wer zahlt am Ende?")
    lines = (P1, P2, *own, "Mehr aus dem Netz", H1, L1 + " …", H2, L2)
    assert body_end(*lines, seen={"Mehr aus dem Netz": 40}) == 5


SHARE = "Artikel verschenken ⟡"
LETTER = "Morgenkompass abonnieren – täglich früh, kostenfrei."
L3 = "Wer zur Miete wohnt, muss sich im kommenden Jahr auf einige Änderungen einstellen, die"


OWN_LIST = ("Dossier: Die Bahn im Ausstand", "Der Streik und seine Folgen", "Wer zahlt am Ende?")
POINTER = "Anschließend lesenswert ⤖ Gauland fordert ein Ende des Lockdowns"
TEASERS = (H1, L1, H2, L3)


@pytest.mark.parametrize(
    ("before", "known", "recurring", "body"),
    [
        # Most of the block's headlines unknown to the archive: a list of the publisher's
        # own (an issue's contents) naming two stories the archive holds.
        ((P1, P2, *OWN_LIST), (H1, H2), (), 9),
        # Two headlines the archive knows as other articles': the block is teasers.
        ((P1, P2), (H1, H2), (), 2),
        # Nothing known: the recurring share line heads the footer, the lines above stay.
        ((P1, P2), (), (), 6),
        # One known line alone does not outweigh the heading.
        ((P1, P2), (H2,), (), 6),
        # Known lines recurring on the source's pages are its chrome: no block of teasers.
        ((P1, P2), (L1, L3), (L1, L3), 3),
        # A pointer between the last paragraphs: the block starts after the paragraph.
        ((P1, POINTER, P2), (POINTER, H1, H2), (), 3),
    ],
    ids=[
        "own-list",
        "known-teasers-go",
        "nothing-known",
        "one-known",
        "recurring-known",
        "pointer-before",
    ],
)
def test_known_teasers_before_a_recurring_heading(
    before: tuple[str, ...], known: tuple[str, ...], recurring: tuple[str, ...], body: int
) -> None:
    # Teasers under no heading of their own, then the site's share line and newsletter
    # line (recurring on the source's pages, the newsletter also on other sources').
    lines = (*before, *TEASERS, SHARE, LETTER, "Zum Leserforum (91)")
    seen = dict.fromkeys((SHARE, LETTER, "Zum Leserforum (91)", *recurring), 25)
    teaser_of = {text: ("other", text) for text in (*known, LETTER)}
    scored = [footer_line.Line(Shape(t), seen.get(t, 0), teaser_of.get(t)) for t in lines]
    footer.score(scored)
    assert footer_start.start(scored) == body


@pytest.mark.parametrize(
    ("after", "seen"),
    [
        (("Artikel versenden", "© 2018 Rheinblick GmbH", "Join the conversation"), 25),
        (("Link zum Artikel kopieren", "2 comments", "Impressum | Datenschutz | AGB"), 25),
    ],
    ids=["share-over-copyright", "share-over-counter-and-links"],
)
def test_recurring_line_over_chrome_heads_no_teasers(after: tuple[str, ...], seen: int) -> None:
    # A share line recurring on the source's pages, over nothing but chrome, is no heading
    # the body reaches up to: the teasers before it go.
    lines = (P1, P2, H1, L1, H2, L1.replace("am", "ab"), *after)
    assert body_end(*lines, seen=dict.fromkeys(after[::2], seen)) == 2


@pytest.mark.parametrize(
    "after",
    [
        # Items of a list made of sentences under the recurring line.
        (
            "– Das Ende kommt noch! Die Stadt plant neue Schulden von 15 Millionen Euro bis 2030!",
            "– Das Buch der Woche: „Stillstand“. Vom Handel gemieden. Bei uns zu haben!",
            "– Die Chronik einer lange angekündigten Krise",
        ),
        # Teasers whose leads end in a full stop, real teasers only four lines down.
        (
            "Stadtrat, 18.8.: Bürgermeister sieht Feste als Gefahr",
            "Montag. Rathaus. Der Bürgermeister sieht neben den Reisenden vor allem die Feste "
            "als Gefahr.",
            "Stadtgeschichte: Der 100-jährige Streit um den alten Hafen.",
            "Ein Sturm zieht auf: Im Norden verloren in den vergangenen elf Wochen vier Betriebe "
            "ihre Aufträge und der Hafen",
            H1,
            L1,
            H2,
            L2,
        ),
    ],
    ids=["list-of-sentences", "teasers-further-down"],
)
def test_recurring_heading_heads_what_follows(after: tuple[str, ...]) -> None:
    heading = "*** Unsere Leser lesen gerade ***"
    assert body_end(P1, P2, heading, *after, seen={heading: 25}) == 2


ONE_LINE = (
    H1 + " – " + L1 + " [+]",
    H2 + " – " + L2.rstrip(" …") + " [+]",
    "Stadtwerke erhöhen die Preise – Die Stadtwerke haben angekündigt, dass die [+]",
)


@pytest.mark.parametrize(
    ("before", "body"),
    [
        # The body's last lines (a subheading, a paragraph cut at a word) stay above a
        # recurring heading over one-line teasers ("Headline – lead [+]").
        (("Wer zahlt am Ende?", L1.replace(", der am", " in der Stadt")), 4),
        # A recurring chrome line between the body and the heading stays out of it.
        (("Fehler entdeckt? Schreiben Sie uns.",), 2),
    ],
    ids=["cut-paragraph-above", "chrome-line-between"],
)
def test_recurring_heading_over_one_line_teasers(before: tuple[str, ...], body: int) -> None:
    heading = "NEU IM ARCHIV"
    seen = {heading: 25, "Fehler entdeckt? Schreiben Sie uns.": 25}
    assert body_end(P1, P2, *before, heading, *ONE_LINE, seen=seen) == body


LINK1 = "www.bote.de/artikel/bahnstreik-legt-den-verkehr"
LINK2 = "www.bote.de/artikel/neue-regeln-fuer-mieter"


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # Teasers of a headline, the link to its story (made from the headline), its lead.
        ((P1, P2, H1, LINK1, L1, "Neue Regeln für Mieter", LINK2, L2), 2),
        # A link to a source between paragraphs names no line beside it: body.
        ((P1, "https://www.bote.de/archiv/2023/haushalt", P2), 3),
        # Headlines with their section and date in brackets under a recurring heading.
        ((P1, P2, "Verpasst?", f"{H1} (Politik, 3.4.)", f"{H2} (Wohnen, 2.4.)"), 2),
    ],
    ids=["linked-teasers", "source-link", "tailed-headlines"],
)
def test_teasers_by_link_and_tailed_headlines(lines: tuple[str, ...], body: int) -> None:
    assert body_end(*lines, seen={"Verpasst?": 25}) == body


# Teasers' leads breaking off at a word, for two-line headlines.
L3 = "Die Stadtwerke haben angekündigt, dass die Preise für Strom und Gas im Frühjahr um"
L4 = "Wer zur Miete wohnt, muss sich im kommenden Jahr auf einige Änderungen bei den Kosten und"
WRAPPED = ("Bahnstreik legt den Verkehr", "im ganzen Land lahm", L4)
WRAPPED_2 = ("Neue Regeln für Mieter", "ab Januar 2025", L3)


@pytest.mark.parametrize(
    ("lines", "body"),
    [
        # Headlines wrapped over two lines, each over its lead, no heading.
        ((P1, P2, *WRAPPED, *WRAPPED_2), 2),
        # Quoted headlines over an author line and their leads.
        ((P1, P2, f"„{H1}“", "By Anna Keller", L4, f"„{H2}“", "Von Jonas Weber", L3), 2),
    ],
    ids=["wrapped-headlines", "quoted-headline-and-author"],
)
def test_two_line_teasers(lines: tuple[str, ...], body: int) -> None:
    assert body_end(*lines) == body


@pytest.mark.parametrize(
    ("texts", "details"),
    [
        ((P1, P2, *WRAPPED, *WRAPPED_2), ["headline over two lines"] * 2),
        # One group alone may be a subheading and a line over a paragraph cut at a word.
        ((P1, P2, *WRAPPED, P3), ["", ""]),
    ],
    ids=["row-of-groups", "one-group"],
)
def test_two_line_teasers_name_their_headlines(texts: tuple[str, ...], details: list[str]) -> None:
    lines = [footer_line.Line(Shape(t)) for t in texts]
    footer.score(lines)
    assert [x.detail for x in lines[2:4]] == details


SITE_HEADING = "⦁⦁ Rund um die Stadt"
SITE_SHARE = "Beitrag weiterreichen ✿"
PLACES = ("Hafen", "Markt", "Bahnhof", "Rathaus", "Schule", "Brücke", "Kirche", "Stadion")


def site_page(n: int, tail: tuple[str, ...]) -> str:
    """Return a page of a site: its own title and body, the site's share line and heading
    after the body, then the lines of tail (each with {place} for the page's own)."""
    place = PLACES[n]
    lines = (
        f"Neuer Plan für den {place}",
        f"{P1} Am {place} beginnt es.",
        f"{P2} Auch der {place} zahlt mit.",
        SITE_SHARE,
        SITE_HEADING,
        *(t.format(place=place, other=PLACES[(n + 3) % len(PLACES)]) for t in tail),
    )
    return "\n\n".join(lines) + "\n"


# Teasers of a headline over whole sentences, no marker, under the site's footer lines.
SENTENCE_TEASERS = (
    "Umzug der Bibliothek an den {other} verschoben",
    "Die Bibliothek zieht später um als geplant. Der Neubau am {other} ist nicht fertig, "
    "weil die Handwerker fehlen und die Lieferung der Regale sich um Monate verzögert.",
    "Freibad öffnet am {place} erst im Juni",
    "Das Freibad am {place} bleibt länger zu. Die Stadt nennt Personalmangel als Grund "
    "und sucht nun dringend Rettungsschwimmer für die Saison, die im Juni beginnen soll.",
    "Chor vom {other} singt wieder in der Kirche",
    "Nach zwei Jahren Pause probt der Chor wieder. Am {place} gibt er das erste Konzert "
    "nach der langen Zeit, mit Liedern aus drei Jahrhunderten und einem Gast aus Wien.",
    "Verweise im Dokument",
    "[1] https://rundblick.example/artikel/{place}",
)


@pytest.mark.parametrize(
    ("tail", "evidence", "body"),
    [
        (SENTENCE_TEASERS, True, 2),
        # Without the evidence of the site's pages nothing tells them from the body.
        (SENTENCE_TEASERS, False, 12),
    ],
    ids=["teasers-go", "no-evidence"],
)
def test_footer_template_of_the_source(tail: tuple[str, ...], evidence: bool, body: int) -> None:
    pages = [site_page(n, tail) for n in range(len(PLACES))]
    gatherer = Gatherer()
    for n, text in enumerate(pages):
        gather_page(gatherer, f"p{n}", "site", text)
    got = clean_page(pages[0], gatherer.evidence() if evidence else None, "site", "p0")
    assert len(got.body.split("\n")) == body
