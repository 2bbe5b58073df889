"""Which articles hold a typed word: its forms a reader means, besides its own terms."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.build import index_paths
from search.archive import Archive
from search.holding import other_terms

# Each article holds "Mittelmeer" and one form of a word a reader may type otherwise.
FORMS = {
    "schleuser": "Die Schleuseroperationen im Mittelmeer nehmen wieder zu.",
    "schrot": "Der Jäger schoss am Mittelmeer mit einem Schrotgewehr auf den Vogel.",
    "elmi": "Elmis Familie wartet seit Monaten in einem Lager am Mittelmeer.",
    "kenia": "Die kenianische Regierung schickt ein Schiff ins Mittelmeer.",
    "warnt": "Die Behörde warnt vor Stürmen auf dem Mittelmeer.",
    "dementiert": "Der Sprecher dementiert die Berichte über das Schiff im Mittelmeer.",
    "oeffnet": "Der Hafen am Mittelmeer öffnet am Montag wieder für Touristen.",
    "schulbus": "Ein Schulbus fuhr am Mittelmeer gegen eine Mauer.",
    "demokratie": "Die Demokratie in den Ländern am Mittelmeer steht unter Druck.",
    "schrott": "Am Strand des Mittelmeers liegt viel Schrott.",
    "zeit": "Zur Zeit ist das Wasser im Mittelmeer besonders warm.",
    "fortsetzung": "Die Fortsetzung der Rettung im Mittelmeer ist ungewiss.",
    "plagiierte": "Der Autor plagiierte einen Bericht über das Mittelmeer.",
    "verweigert": "Der Kapitän verweigert die Einfahrt ins Mittelmeer.",
    "impfstoffdosen": "Ein Schiff bringt Impfstoff-Dosen über das Mittelmeer.",
    "impfungen": "Nach den Impfungen am Mittelmeer erschien eine Studie über Fische.",
    "beschossen": "Das Schiff wurde im Mittelmeer aus der Luft beschossen.",
    "flog": "Der Pilot flog am Morgen über das Mittelmeer.",
    "abgeflogen": "Die Maschine ist vom Mittelmeer pünktlich abgeflogen.",
    "stahl": "Ein Wrack aus Stahl liegt auf dem Grund des Mittelmeers.",
    "fuenf": "Seit 5 Tagen treibt ein Boot auf dem Mittelmeer.",
    "prozent": "Die Zahl der Boote im Mittelmeer stieg um 30 %.",
    "drittes": "Das 3. Gesetz zur Seenotrettung im Mittelmeer liegt vor.",
    "siebziger": "In den 1970ern war das Mittelmeer sauberer.",
    "geuebt": "Die Rettung im Mittelmeer wird täglich geübt.",
    "italien": "Italien schickt ein Schiff ins Mittelmeer.",
    # The words themselves, so that each is a content word of the query.
    "words": (
        "Schleuser, Schrot, Schulen, Elmi, Kenia, Warnung, Dementi, Öffnung, Demo und"
        " Zeitung: ein Rückblick auf das Mittelmeer. Fortgesetzt, Plagiat, Verweigerung,"
        " Impfdosen, Impfstudie. Beschuss, geflogen, Abflug, gestohlen. Fünf, Prozent,"
        " drittes, 70ern, geuebt, italienischen."
    ),
}
FILLER = (
    " Das Blatt berichtete am Abend ausführlich darüber, und viele Leser schrieben"
    " der Redaktion ihre Meinung zu den Ereignissen der vergangenen Woche."
)


@pytest.fixture(scope="module")
def forms_archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    """An index of one article per form, each with the anchor word "Mittelmeer"."""
    root = tmp_path_factory.mktemp("holding")
    lines = [
        json.dumps(
            {"id": key, "title": f"Meldung {n}", "body": text + FILLER, "source": "Test"},
            ensure_ascii=False,
        )
        for n, (key, text) in enumerate(FORMS.items())
    ]
    (root / "forms.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = index_paths(root / "index", [Path(root / "forms.jsonl")])
    assert summary.indexed == len(FORMS), summary.as_dict()
    return Archive(root / "index")


@pytest.mark.parametrize(
    ("typed", "article", "holds"),
    [
        # A compound that starts with the word.
        ("Schleuser", "schleuser", True),
        ("schrot", "schrot", True),
        ("Schulen", "schulbus", True),  # the plural's stem starts "Schulbus"
        # A genitive "s" after a vowel; a place's adjective.
        ("Elmi", "elmi", True),
        ("Kenia", "kenia", True),
        # A verb's form in -t, for the verb's noun in -ung or the noun itself.
        ("Warnung", "warnt", True),
        ("Dementi", "dementiert", True),
        ("Öffnung", "oeffnet", True),
        ("oeffnung", "oeffnet", True),
        # Not the word's: a short word is no compound's first part, what follows the
        # word must be a word, a noun in -ung whose stem is a word of its own is not it.
        ("Demo", "demokratie", False),
        ("schrot", "schrott", False),
        ("Zeitung", "zeit", False),
        # A word of the typed word's derivation family (search.derived).
        ("fortgesetzt", "fortsetzung", True),
        ("Plagiat", "plagiierte", True),
        ("Verweigerung", "verweigert", True),
        # A strong verb's other grade, for a form or a past-grade noun (search.strong);
        # not a noun far more frequent than the verb's form of its spelling.
        ("Beschuss", "beschossen", True),
        ("geflogen", "flog", True),
        ("Abflug", "abgeflogen", True),
        ("gestohlen", "stahl", False),
        # A compound the lexicon cannot split, by a compound of the index with its parts
        # (search.parts); not by its parts apart.
        ("Impfdosen", "impfstoffdosen", True),
        ("Impfstudie", "impfungen", False),
        # A number word by its figure, a percent sign, a decade without its century.
        ("fünf", "fuenf", True),
        ("Prozent", "prozent", True),
        ("drittes", "drittes", True),
        ("70ern", "siebziger", True),
        # An umlaut written out after a vowel, which folding keeps apart.
        ("geuebt", "geuebt", True),
        # An adjective in "-isch" by the name it is made of.
        ("italienischen", "italien", True),
        # Quotes keep their meaning: the word as typed.
        ('"Schleuser"', "schleuser", False),
    ],
)
def test_an_article_holds_the_forms_a_reader_means(
    forms_archive: Archive, typed: str, article: str, holds: bool
) -> None:
    result = forms_archive.search(f"Mittelmeer {typed}", size=50, snippets=False)
    (hit,) = [h for h in result.hits if h.id == article]
    assert (hit.missing == []) is holds, hit.missing
    # One notion: a hit lacking no word is in the set, whichever rule chose it.
    assert result.total == sum(not h.missing for h in result.hits) or not holds


@pytest.mark.parametrize(
    ("word", "terms"),
    [
        ("Elmi", {"elmis"}),
        ("Warnung", {"warn", "warnt"}),
        ("Dementi", {"dementiert", "dementis"}),
        # No plain word of letters: none.
        ("Jong-un", set()),
        ("2020", set()),
    ],
)
def test_other_terms_in_the_body(forms_archive: Archive, word: str, terms: set[str]) -> None:
    commit = forms_archive.commit()
    found = {t for f, t in other_terms(commit.reader, commit.schema, word) if f == "body_de"}
    assert terms <= found and (found or not terms)
