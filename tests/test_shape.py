"""Tests for index.shape: how a page line ends and what it looks like."""

from __future__ import annotations

import pytest

from index.shape import Shape, count_words, ending, page_shapes


@pytest.mark.parametrize(
    ("text", "kind", "marker"),
    [
        ("Die Regierung hat beschlossen, dass die ... Read more »", "marker", "Read more »"),
        ("Die Regierung hat beschlossen, dass die » mehr", "marker", "» mehr"),
        ("Die Regierung hat beschlossen, dass die Mehr lesen", "marker", "Mehr lesen"),
        ("Die Regierung hat beschlossen, dass die →", "marker", "→"),
        ("Die Regierung hat beschlossen, dass die [mehr]", "marker", "[mehr]"),
        ("Die Regierung hat beschlossen, dass die (…)", "ellipsis", ""),
        ("Die Regierung hat beschlossen, dass die … Keep reading", "marker", "Keep reading"),
        (
            "Die Regierung hat beschlossen, dass die Read the full story",
            "marker",
            "Read the full story",
        ),
        ("Die Regierung hat beschlossen, dass die …", "ellipsis", ""),
        ("Die Regierung hat beschlossen, dass die ...", "ellipsis", ""),
        ("Die Regierung hat beschlossen, dass die", "open", ""),
        ("Die Regierung hat es beschlossen.", "closed", ""),
        ("Hat die Regierung es beschlossen?", "closed", ""),
        # A guillemet closing a quote is part of the sentence, not a marker.
        ("Er sagte: «Wir machen weiter»", "closed", ""),
        # "mehr" alone may end a sentence: not a marker by itself.
        ("Die Partei will mehr", "open", ""),
        # An arrow of any shape, also in brackets.
        ("Die Regierung hat beschlossen, dass die [⇢]", "marker", "[⇢]"),
        ("Die Regierung hat beschlossen, dass die ➤", "marker", "➤"),
        ("Die Regierung hat beschlossen, dass die (↠)", "marker", "(↠)"),
        # Brackets round a word that is no read-more word stay the sentence's.
        ("Die Regierung hat beschlossen, dass die [sic]", "closed", ""),
        # Right-pointing arrows and triangles outside the arrow blocks, by their names.
        ("Die Regierung hat beschlossen, dass die ⏵", "marker", "⏵"),
        ("Die Regierung hat beschlossen, dass die ⮕", "marker", "⮕"),
        ("Die Regierung hat beschlossen, dass die 🠖", "marker", "🠖"),
        # Other symbols there are no markers: a star, a square.
        ("Die Regierung hat beschlossen, dass die ⭐", "open", ""),
        ("Die Regierung hat beschlossen, dass die ⬛", "open", ""),
        # A bracketed group of symbols only is a link; sentence marks or a number in
        # brackets are the text's own.
        ("Die Regierung hat beschlossen, dass die [+]", "marker", "[+]"),
        ("Die Regierung hat beschlossen, dass die (>)", "marker", "(>)"),
        ("Die Regierung hat beschlossen, 5000 Euro zu zahlen (!)", "closed", ""),
        ("Die Regierung hat beschlossen, was sie zahlt (?)", "closed", ""),
        ("Die Regierung hat beschlossen, was in Absatz [2]", "closed", ""),
    ],
    ids=[
        "read-more-arrow",
        "arrow-mehr",
        "mehr-lesen",
        "arrow-only",
        "bracketed-mehr",
        "bracketed-ellipsis",
        "any-words-after-ellipsis",
        "read-the-full-story",
        "ellipsis",
        "three-dots",
        "cut-at-word",
        "full-stop",
        "question",
        "guillemet-quote",
        "lone-mehr",
        "bracketed-arrow",
        "dingbat-arrow",
        "bracketed-two-headed-arrow",
        "bracketed-word",
        "media-control-triangle",
        "misc-symbols-arrow",
        "supplemental-arrows-c",
        "star",
        "square",
        "bracketed-plus",
        "bracketed-greater-than",
        "bracketed-exclamation",
        "bracketed-question",
        "bracketed-number",
    ],
)
def test_ending(text: str, kind: str, marker: str) -> None:
    end = ending(text)
    assert (end.kind, end.marker) == (kind, marker)
    assert text.startswith(end.core.rstrip(" …."))


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


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Putin will nach Nordkorea", 4),
        ("Kim Jong-un trifft Putin", 4),
        ("", 0),
        # Vowel signs (combining marks) stand inside the words of Indic scripts.
        ("पुलिस ने दो लोगों को पकड़ा", 6),
    ],
)
def test_count_words(text: str, words: int) -> None:
    assert count_words(text) == words


def test_count_words_of_unspaced_scripts() -> None:
    assert count_words("宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報") >= 6


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


@pytest.mark.parametrize(
    ("text", "kind", "marker"),
    [
        # A lead breaking off, then a separator and the headline it teases.
        (
            "Die Zentralbank prüft derzeit, ob die Verbraucher (…) // Digitaler Euro kommt bald",
            "marker",
            "Digitaler Euro kommt bald",
        ),
        (
            "Die Zentralbank prüft derzeit, ob die Verbraucher … ▷ Digitaler Euro kommt",
            "marker",
            "Digitaler Euro kommt",
        ),
        # A sentence after an omission is the text's own.
        ("Er sagte damals im Landtag (…) – und ging dann nach Hause.", "closed", ""),
        # An omission ending a finished sentence, then more text: no cut.
        ("Sie sagte: „Wir kommen.“ (…) – Das Land wartet", "open", ""),
    ],
    ids=["slashes", "triangle", "sentence-after", "finished-before"],
)
def test_lead_and_headline_joined_on_one_line(text: str, kind: str, marker: str) -> None:
    end = ending(text)
    assert (end.kind, end.marker) == (kind, marker)


CUT = "Die Stadt will den Bau der neuen Linie im kommenden Jahr mit Mitteln des Bundes"


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        # Dots of any kind standing apart, bare or in brackets: the text breaks off.
        (" [.]", "ellipsis"),
        (" (..)", "ellipsis"),
        (" ⟨…⟩", "ellipsis"),
        (" ⁘", "ellipsis"),
        (" ⸱⸱⸱", "ellipsis"),
        (" ․․․", "ellipsis"),
        # A full stop spaced off is the sentence's own.
        (" .", "closed"),
        # After a finished sentence the dots mark no cut.
        (". [.]", "closed"),
    ],
)
def test_dotted_tail_is_an_ellipsis(tail: str, kind: str) -> None:
    assert Shape(CUT + tail).end.kind == kind
