"""Tests for index.line_ending: how a page line ends."""

from __future__ import annotations

import pytest

from index.line_ending import ending


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
    assert ending(CUT + tail).kind == kind


@pytest.mark.parametrize(
    ("tail", "kind", "marker"),
    [
        # A guillemet or bracket glued to an ellipsis that nothing on the line opens is
        # the read-more link the lead breaks off before.
        (" …»", "marker", "»"),
        (" ...»", "marker", "»"),
        (" …⟩", "marker", "⟩"),
        # Closing a quote the line opens, it is the quote's end.
        (" und «so weiter …»", "closed", ""),
        (" und (so weiter …)", "ellipsis", ""),
    ],
)
def test_guillemet_glued_to_an_ellipsis(tail: str, kind: str, marker: str) -> None:
    end = ending(CUT + tail)
    assert (end.kind, end.marker) == (kind, marker)


@pytest.mark.parametrize(
    ("text", "kind", "marker"),
    [
        # A French quote closed after its sentence's end, or round a few words.
        (
            "Et d'ajouter : « nous avons trouvé 19 armes de poing chargées. »",
            "closed",
            "",
        ),
        ("Les comptes des hôpitaux publics « très dégradés » en 2022", "open", ""),
        ("Le président a dit « nous verrons » »", "marker", "»"),
        # A lead quoting from its start, cut before the link: the guillemet is the link.
        (
            "«Für Deutsche ist derzeit nur die Einreise nach Deutschland ohne Beschränkungen"
            " möglich. Alle anderen Länder dieser Welt haben mehr oder weniger strenge"
            " » Beitrag anzeigen",
            "marker",
            "» Beitrag anzeigen",
        ),
    ],
    ids=["after-sentence", "few-words", "closed-then-link", "cut-quote-lead"],
)
def test_guillemet_closing_a_quote(text: str, kind: str, marker: str) -> None:
    got = ending(text)
    assert (got.kind, got.marker) == (kind, marker)
