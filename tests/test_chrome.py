"""Tests for index.chrome: banners before the title, chrome after the body, labels."""

from __future__ import annotations

import pytest

from index import chrome
from index.shape import Shape


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Nachrichten / Wirtschaft / Inland", "breadcrumb or menu"),
        ("Politik · Wirtschaft · Sport · Kultur", "breadcrumb or menu"),
        ("RHEINBLICK ONLINE", "site name"),
        ("Von Anna Keller, 12.03.2023", "date line"),
        ("Alle akzeptieren", "consent button"),
        (
            "Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten. Mit der Nutzung "
            "stimmen Sie der Verwendung von Cookies zu.",
            "consent notice",
        ),
        ("Putin will nach Nordkorea reisen", ""),
        ("Twitter sperrt das Konto des Präsidenten", ""),
        ("https://example.de/politik/stadtrat-beschliesst-neue-linie-4711.html", "link address"),
        ("Adresse: https://example.de/lokales/beitrag-4711.html", "link address"),
        ("www.example.com/news/city-council-backs-new-tram-line", "link address"),
        ("example.de/nachrichten/4711", "link address"),
        ("Warum example.de seine Kommentarspalte schließt", ""),
    ],
    ids=[
        "breadcrumb",
        "menu",
        "site-name",
        "byline",
        "button",
        "consent",
        "title",
        "title-with-cue-word",
        "address-slug",
        "address-after-label",
        "address-www",
        "address-host-path",
        "title-naming-a-host",
    ],
)
def test_banner(text: str, kind: str) -> None:
    assert chrome.banner(Shape(text)) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("12 Kommentare", "comments"),
        ("Comments: 3", "comments"),
        ("© 2023 Rheinblick Verlag. Alle Rechte vorbehalten.", "copyright"),
        ("Impressum | Datenschutz | AGB", "legal links"),
        ("Teilen: Facebook Twitter WhatsApp E-Mail", "share"),
        ("Abonnieren Sie unseren Newsletter und verpassen Sie nichts.", "newsletter"),
        ("Anzeige", "advertising"),
        ("Die Polizei ermittelt wegen Betrugs in mehreren Fällen.", ""),
        ("Facebook und Twitter haben das Konto des Präsidenten gesperrt, teilten beide mit.", ""),
    ],
    ids=[
        "comments",
        "comments-colon",
        "copyright",
        "legal",
        "share",
        "newsletter",
        "ad-label",
        "prose",
        "prose-about-social-media",
    ],
)
def test_after_body(text: str, kind: str) -> None:
    assert chrome.after_body(Shape(text)) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Anzeige", "advertising"),
        ("ADVERTISEMENT", "advertising"),
        ("Artikel teilen", "share"),
        ("Politik", ""),
        ("Die Regierung teilt mit.", ""),
    ],
)
def test_label(text: str, kind: str) -> None:
    assert chrome.label(Shape(text)) == kind
