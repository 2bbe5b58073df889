"""Tests for index.teasers: leads, headlines and inline teasers by their shape."""

from __future__ import annotations

import pytest

from index import teasers
from index.shape import Shape

LEAD = "Die Bundesregierung hat am Mittwoch nach langer Sitzung beschlossen, dass die Förderung für"
# A Japanese lead cut at 300 characters: over 90 words as unspaced scripts count them.
CJK_LEAD = (
    "気象庁は13日、午後9時19分ごろ、日向灘で震度5弱の地震があったと発表した。震源の深さは約30キロ、"
    "地震の規模は6.9と推定される。この地震で、気象庁は高知県と宮崎県に津波注意報を出し、"
) * 3


@pytest.mark.parametrize(
    ("text", "lead", "marked"),
    [
        (LEAD, True, False),
        (LEAD + " …", True, True),
        (LEAD + " Mehr lesen", True, True),
        (LEAD + " ▶", True, True),
        ("Kurz: Die Regierung ... mehr »", False, True),
        # Ends in an ellipsis, but after a finished sentence: a body paragraph may.
        ("Die Regierung hat es beschlossen. Und dann kam alles ganz anders. …", False, False),
        ("Die Bundesregierung hat am Mittwoch das neue Gesetz beschlossen.", False, False),
        ("weiter hieß es, die Förderung werde für alle Länder gelten und", False, False),
        ("Zu kurz …", False, False),
        # A lead of a script without spaces: long in words, short in characters.
        (CJK_LEAD, True, False),
        (CJK_LEAD[:-1] + "…", True, True),
        # A paragraph is long in words and characters, however it ends.
        (" ".join([LEAD] * 7), False, False),
    ],
    ids=[
        "cut-at-word",
        "ellipsis",
        "marker-words",
        "marker-symbol",
        "short-with-marker",
        "finished-sentence-ellipsis",
        "closed",
        "continuation",
        "too-short",
        "unspaced-script",
        "unspaced-script-ellipsis",
        "paragraph-length",
    ],
)
def test_leads(text: str, lead: bool, marked: bool) -> None:
    shape = Shape(text)
    assert teasers.is_lead(shape) is lead
    assert teasers.marked_lead(shape) is marked


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Lesen Sie auch: Bahnstreik legt den Verkehr lahm", "Bahnstreik legt den Verkehr lahm"),
        ("Mehr zum Thema – Bahnstreik legt den Verkehr lahm", "Bahnstreik legt den Verkehr lahm"),
        ("Related: Rail strike halts traffic", "Rail strike halts traffic"),
        ("Auch interessant: „Unermüdlicher Einsatz“", "„Unermüdlicher Einsatz“"),
        ("► Bahnstreik legt den Verkehr lahm", "Bahnstreik legt den Verkehr lahm"),
        ("⏵ Bahnstreik legt den Verkehr lahm", "Bahnstreik legt den Verkehr lahm"),
        ("[Bahnstreik legt den Verkehr lahm]", "Bahnstreik legt den Verkehr lahm"),
        ("Bahnstreik legt den Verkehr lahm »", "Bahnstreik legt den Verkehr lahm"),
        # Body text of the same shape.
        ("Fazit: Die Bahn muss sparen und die Gewerkschaft auch", ""),
        ("(Beifall bei der AfD)", ""),
        ("Lesen Sie auch: Ein Titel mit einem Punkt.", "Ein Titel mit einem Punkt."),
        ("Fazit: Das ist ein ganzer Satz mit einem Ende.", ""),
        ("Die Regierung hat es beschlossen.", ""),
    ],
    ids=[
        "lesen-sie-auch",
        "dash",
        "english",
        "two-word-headline",
        "arrow",
        "media-control-triangle",
        "square-brackets",
        "marker-after",
        "subheading",
        "remark-in-round-brackets",
        "announced-title-with-full-stop",
        "sentence",
        "prose",
    ],
)
def test_announced(text: str, headline: str) -> None:
    assert teasers.announced(Shape(text))[1] == headline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bahnstreik legt den Verkehr lahm", True),
        ("Stille Nacht. Eingesperrt im Corona-Winter.", True),
        ("weiter hieß es", False),
        ("Nachrichten / Politik / Inland", False),
    ],
    ids=["headline", "sentences", "continuation", "breadcrumb"],
)
def test_headline_before_lead(text: str, expected: bool) -> None:
    assert teasers.headline_before_lead(Shape(text)) is expected


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        ("1) Bahnstreik legt den Verkehr lahm", "0)"),
        ("12. Bahnstreik legt den Verkehr lahm", "0."),
        ("• Bahnstreik legt den Verkehr lahm", "•"),
        ("#3 Bahnstreik legt den Verkehr lahm", "#"),
        ("„Wir bleiben“, sagte sie.", ""),
        ("(Beifall bei der SPD)", ""),
        ("Bahnstreik legt den Verkehr lahm", ""),
        # A letter item folds to "a)", so a list's items open alike.
        ("a) Bahnstreik legt den Verkehr lahm", "a)"),
        ("C) Bahnstreik legt den Verkehr lahm", "a)"),
        ("ab) Bahnstreik legt den Verkehr lahm", ""),
        ("Ein a) im Satz", ""),
    ],
)
def test_list_opening(text: str, opening: str) -> None:
    assert teasers.list_opening(text) == opening


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bahnstreik legt den Verkehr lahm | Neue Regeln für Mieter ab Januar", True),
        ("Stadtrat tagt am Montag | Neue Regeln für Mieter ab Januar | Wer zahlt am Ende?", True),
        # A link list's short parts, a sentence ending in a full stop, one headline alone.
        ("Impressum | Datenschutz | Kontakt", False),
        ("Drucken | Mailen | PDF", False),
        ("Der Bahnstreik legt den Verkehr lahm. | Neue Regeln für Mieter ab Januar", False),
        ("Bahnstreik legt den Verkehr lahm", False),
    ],
    ids=["two", "three", "link-list", "short-parts", "sentence", "alone"],
)
def test_joined_headlines(text: str, expected: bool) -> None:
    assert teasers.joined_headlines(Shape(text)) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Meistgelesen ▪ Bahnstreik legt den Verkehr lahm ▪ Neue Regeln für Mieter", True),
        ("Bahnstreik legt den Verkehr lahm ‧ Neue Regeln für Mieter ab Januar", True),
        ("Heute gefragt » Bahnstreik legt den Verkehr lahm | Neue Regeln für Mieter", True),
        # Dashes and colons belong to headlines; short parts are a link list.
        ("Corona: Neue Regeln – Schulen bleiben offen", False),
        ("Impressum ▪ Datenschutz ▪ Kontakt", False),
        ("Der Rat tagt. ▪ Die Stadt baut.", False),
    ],
)
def test_headline_row(text: str, expected: bool) -> None:
    assert teasers.headline_row(Shape(text)) is expected


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("Bahnstreik legt den Verkehr lahm (Politik, 3.4.)", "Bahnstreik legt den Verkehr lahm"),
        ("Bahnstreik legt den Verkehr lahm (128 Kommentare)", "Bahnstreik legt den Verkehr lahm"),
        ("Bahnstreik legt den Verkehr lahm 💬 12", "Bahnstreik legt den Verkehr lahm"),
        ("Bahnstreik legt den Verkehr lahm · 40 replies", "Bahnstreik legt den Verkehr lahm"),
        # A sentence with a remark in brackets is no headline.
        ("Der Rat hat am Dienstag lange über die Pläne beraten. (dpa)", ""),
        ("Zwei Wörter (Politik)", ""),
    ],
)
def test_tailed_headline(text: str, headline: str) -> None:
    assert teasers.tailed_headline(Shape(text)) == headline


@pytest.mark.parametrize(
    ("headline", "link", "named"),
    [
        (
            "Bahnstreik legt den Verkehr lahm",
            "www.bote.de/artikel/bahnstreik-legt-den-verkehr",
            True,
        ),
        ("Bahnstreik legt den Verkehr lahm", "bote.com/news/bahnstreik-legt-den", True),
        ("Neue Regeln für Mieter", "www.bote.de/artikel/bahnstreik-legt-den-verkehr", False),
        ("Bahnstreik legt den Verkehr lahm", "www.bote.de", False),
    ],
)
def test_link_names_headline(headline: str, link: str, named: bool) -> None:
    assert teasers.bare_link(Shape(link))
    assert teasers.names_link(Shape(headline), Shape(link)) is named


@pytest.mark.parametrize(
    "text", ["Quelle: www.bote.de", "Mehr unter https://bote.de/x", "Bahnstreik legt alles lahm"]
)
def test_no_bare_link(text: str) -> None:
    assert not teasers.bare_link(Shape(text))
