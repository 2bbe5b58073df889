"""Tests for index.shape: what a page line looks like, and a page's read-more links."""

from __future__ import annotations

import pytest

from index.shape import Shape, page_shapes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Putin will nach Nordkorea reisen", True),
        ("Was kommt da auf uns zu?", True),
        ("Wahlen: Der Kanzler gibt auf!", True),
        ("Test-Ergebnis für Flüchtlingskind steht noch aus", True),
        ("Der russische Präsident will reisen. Die Regierung bestätigt es.", False),
        ("Die Kooperation mit Russland bietet Nordkorea den Vorteil, dass die", False),
        ("Die Partei hat beschlossen,", False),
        ("Die Regierung ... Read more »", False),
    ],
    ids=[
        "plain",
        "question-ending-in-particle",
        "exclamation",
        "separable-particle",
        "sentences",
        "cut-after-article",
        "comma",
        "marker",
    ],
)
def test_headline(text: str, expected: bool) -> None:
    assert Shape(text).headline is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Bundestag hat am Donnerstag das neue Gesetz zur Rente beschlossen.", True),
        ("Kurz gesagt: gut. Danach kam mehr. Und noch mehr.", True),
        ("Corona: Jetzt will Merkel uns alle testen – um die Panik anzuheizen!", False),
        ("Nachrichten", False),
        (" ".join(["Wort"] * 30), True),
    ],
    ids=["sentence", "sentences", "exclaimed-headline", "one-word", "long"],
)
def test_prose(text: str, expected: bool) -> None:
    assert Shape(text).prose is expected


@pytest.mark.parametrize(
    ("text", "crumbs", "counter", "caps", "dateline", "continues"),
    [
        ("Nachrichten / Wirtschaft / Inland", True, False, False, False, False),
        ("Home > Politik", True, False, False, False, False),
        ("Impressum | Datenschutz | AGB | Kontakt", True, False, False, False, False),
        ("RHEINBLICK ONLINE", False, False, True, False, False),
        ("12 Kommentare", False, True, False, False, False),
        ("Kommentare (5)", False, True, False, False, False),
        ("Von Anna Keller, 12.03.2023", False, False, False, True, False),
        ("15.02.2021 | Anna Keller", True, False, False, True, False),
        ("Wetter ~ Familie ~ Opinion", True, False, False, False, False),
        ("Putin – ein Jahr danach", False, False, False, False, False),
        ("Utes Morgenmagazin, 22.3.: Corona-Krise: Jens Spahn will Länder entmachten",
         False, False, False, False, False),
        ("derzeit jedoch schwer vorstellbar erscheint.", False, False, False, False, True),
        ("7.300 Intensivbetten nicht auffindbar", False, False, False, False, False),
        ("Bürgerkrieg – Wie geht es weiter", False, False, False, False, False),
        ("17. August 2019, 9.45 Uhr", False, False, False, True, False),
        ("12. März 2020: 3,5 Millionen Menschen ohne Strom", False, False, False, False, False),
    ],
    ids=[
        "breadcrumb",
        "two-crumbs",
        "legal-links",
        "site-name",
        "comment-count",
        "comments-in-brackets",
        "byline",
        "date-and-name",
        "any-separator",
        "dash-in-headline-two-parts",
        "date-in-headline",
        "continuation",
        "starts-with-number",
        "dash-in-headline",
        "date-and-time-with-a-point",
        "date-in-headline-with-a-decimal",
    ],
)  # fmt: skip
def test_line_kinds(
    text: str, crumbs: bool, counter: bool, caps: bool, dateline: bool, continues: bool
) -> None:
    s = Shape(text)
    assert (s.crumbs, s.counter, s.caps, s.dateline, s.continues) == (
        crumbs,
        counter,
        caps,
        dateline,
        continues,
    )


LEAD = "Die Regierung hat am Montag beschlossen, dass die Steuern im kommenden Jahr"


@pytest.mark.parametrize(
    ("tails", "kind"),
    [
        # Words in square brackets ending three lines of the page: the site's read-more
        # link, whatever it says.
        (("[zum Text]", "[zum Text]", "[zum Text]"), "marker"),
        # Ending two lines only, or different words each time: the text's own.
        (("[zum Text]", "[zum Text]", ""), "closed"),
        (("[eins]", "[zwei]", "[drei]"), "closed"),
        # An abbreviation alone in square brackets.
        (("[usw.]", "[usw.]", "[usw.]"), "marker"),
        # A sentence in brackets is no link.
        (("[Das ist so.]", "[Das ist so.]", "[Das ist so.]"), "closed"),
        # Round brackets ("(dpa)") end finished paragraphs of many articles: no link.
        (("(dpa)", "(dpa)", "(dpa)"), "closed"),
        # After text cut mid-sentence, three times, they are the site's read-more link.
        (("(Lektüre fortsetzen)",) * 3, "marker"),
        (("(Lektüre fortsetzen)",) * 2 + ("",), "closed"),
    ],
    ids=[
        "recurring",
        "twice",
        "different",
        "abbreviation",
        "sentence",
        "round",
        "round-cut",
        "round-twice",
    ],
)
def test_page_shapes_tell_the_pages_read_more_link(tails: tuple[str, ...], kind: str) -> None:
    # A remark in round brackets follows a finished sentence; a link ends a cut lead.
    lead = LEAD + "." if tails[0] == "(dpa)" else LEAD
    lines = [f"{lead} {tail}".strip() for tail in tails]
    assert [s.end.kind for s in page_shapes(lines)][0] == kind


@pytest.mark.parametrize(
    ("text", "crumbs"),
    [
        ("Sie sind hier: Politik ⋅ Inland ⋅ Bayern", True),
        ("You are here: Gastronomie ⋅ Stadtleben", True),
        ("Aktuelle Seite: Startseite / Lokales", True),
        # A headline after a label, or a long label, is none.
        ("Wetter: Sturm zieht über das Land", False),
        ("Putin: Krieg – ein Jahr danach", False),
        ("Der Bürgermeister sagte am Montag: Politik ⋅ Inland", False),
    ],
)
def test_breadcrumb_after_a_label(text: str, crumbs: bool) -> None:
    assert Shape(text).crumbs is crumbs
