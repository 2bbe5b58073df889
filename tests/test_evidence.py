"""Tests for index.evidence: recurring lines, titles and openings of a run."""

from __future__ import annotations

import pytest

from index import evidence, line_keys
from index.evidence import Gatherer

NAMES = ("Anna", "Ben", "Cem", "Dora", "Emil", "Frida", "Gül", "Hans", "Ines", "Jan")


def page(n: int, *chrome: str) -> list[str]:
    """Return the lines of a page with its own body and the given chrome lines."""
    name = NAMES[n]
    return [
        f"Ein Titel über {name}",
        f"Der Text über {name} ist lang genug für einen Absatz.",
        *chrome,
    ]


def test_line_recurring_on_many_pages_is_chrome() -> None:
    gatherer = Gatherer()
    for n in range(10):
        gatherer.add_lines("site", page(n, "Artikel teilen", f"{n} Kommentare"))
    found = gatherer.evidence()
    assert found.pages("site", "Artikel teilen") == 10
    # Numbers are folded: counters of comments are one line.
    assert found.pages("site", "99 Kommentare") == 10
    assert found.pages("site", "Ein Titel über Dora") == 0
    assert found.pages("other-site", "Artikel teilen") == 0


def test_copies_of_one_body_count_once_and_reading_again_changes_nothing() -> None:
    gatherer = Gatherer()
    for _ in range(2):
        gatherer.add_lines("site", page(0, "Artikel teilen"))
        for _ in range(5):
            gatherer.add_lines("site", page(7, "Artikel teilen"))
    assert gatherer.evidence().pages("site", "Artikel teilen") == 0  # 2 bodies only


@pytest.mark.parametrize(("pages", "least"), [(10, 3), (100, 5), (200, 10), (5000, 50)])
def test_threshold_grows_with_the_source(pages: int, least: int) -> None:
    assert evidence.threshold(pages) == least


def test_titles_and_openings_name_another_article() -> None:
    gatherer = Gatherer()
    body = "Die Lokführergewerkschaft hat ihre Mitglieder erneut zum Streik aufgerufen."
    gatherer.add_article("a1", "Bahnstreik legt den Verkehr lahm", body)
    found = gatherer.evidence()
    assert found.titled("BAHNSTREIK legt den Verkehr lahm!", "b2") == (
        "a1",
        "Bahnstreik legt den Verkehr lahm",
    )
    assert found.titled("Bahnstreik legt den Verkehr lahm", "a1") is None  # itself
    lead = "Die Lokführergewerkschaft hat ihre Mitglieder erneut zum Streik …"
    assert found.opened(lead, "b2") == ("a1", "Bahnstreik legt den Verkehr lahm")
    assert found.opened("Die Lokführergewerkschaft hat", "b2") is None  # too few words


def test_keys_fold_case_punctuation_and_numbers() -> None:
    assert line_keys.line_key("12 Kommentare") == line_keys.line_key("3 kommentare!")
    assert line_keys.text_key("Wahl 2021") != line_keys.text_key("Wahl 2025")
    assert line_keys.line_key("Tag 245 des Krieges") != line_keys.line_key("Tag 246 des Krieges")
    assert line_keys.line_key("…") is None


@pytest.mark.parametrize(
    ("line", "other", "recurs"),
    [
        # A date line recurs by its template where the line itself never does.
        (
            "Published {n}.02.2024 · Updated 2 hours ago",
            "Published 17.11.2023 · Updated 5 hours ago",
            True,
        ),
        (
            "Veröffentlicht am {n}. Mai 2021 um 08:15 Uhr",
            "Veröffentlicht am 9. Mai 2022 um 17:32 Uhr",
            True,
        ),
        # Words besides the numbers differ: another line.
        (
            "Published {n}.02.2024 · Updated 2 hours ago",
            "Published 1.02.2024 · Updated 2 days ago",
            False,
        ),
        # Too many words for a template: a sentence, only recurring as itself.
        (
            "Am {n}. Mai 2021 sagte der Minister in Berlin, die Lage sei ernst und werde ernster",
            "Am 9. Mai 2021 sagte der Minister in Berlin, die Lage sei ernst und werde ernster",
            False,
        ),
    ],
    ids=["published-updated", "german-date-time", "other-words", "long-sentence"],
)
def test_line_recurring_by_its_template(line: str, other: str, recurs: bool) -> None:
    gatherer = Gatherer()
    for n in range(10):
        gatherer.add_lines("site", page(n, line.format(n=n + 1)))
    assert (gatherer.evidence().pages("site", other) > 0) is recurs


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("Lesetipp ⟩ Neue Regeln für Mieter ab Januar", "Lesetipp ⟩"),
        ("📰 Neue Regeln für Mieter ab Januar (12.04.)", "📰"),
        ("Breaking ▸ Neue Regeln für Mieter ab Januar", "Breaking ▸"),
        # A list's bullet, a dash, a quotation and a sentence open with no mark.
        ("• Neue Regeln für Mieter ab Januar", None),
        ("– Ja, sagte der Bürgermeister am Abend", None),
        ("„Wir bleiben“, sagte der Bürgermeister", None),
        ("Der Rat hat → heute entschieden", None),
        # Too little after the mark.
        ("📰 Mieter", None),
    ],
)
def test_split_mark(line: str, mark: str | None) -> None:
    found = line_keys.split_mark(line)
    assert (found[0] if found else None) == mark


def test_lines_opening_with_one_mark_recur_by_it() -> None:
    gatherer = Gatherer()
    for n in range(10):
        gatherer.add_lines("site", page(n, f"Lesetipp ⟩ Eine Geschichte über {NAMES[n]} heute"))
    found = gatherer.evidence()
    assert found.marked("site", "lesetipp ⟩ Noch eine ganz andere Geschichte") == 10
    assert found.marked("site", "Lesetipp ▸ Noch eine ganz andere Geschichte") == 0
    assert found.marked("site", "Lesetipp ⟩ Noch eine ganz andere Geschichte") == 10


@pytest.mark.parametrize(
    ("line", "other", "same"),
    [
        # A credit's label before a colon, whatever the photographer.
        ("Blick über die Altstadt. Quelle des Bildes: Anna Keller", "Quelle des Bildes: dpa", True),
        # No colon: the first words of the last sentence.
        (
            "Die neue Brücke. Bildrechte liegen bei Pressebild Nord",
            "Bildrechte liegen bei X Y",
            True,
        ),
        (
            "Kinder im Park. Festgehalten durch Jonas Weber / Archiv",
            "Festgehalten durch Ines Roth",
            True,
        ),
        (
            "Die neue Brücke. Bildrechte liegen bei Pressebild Nord",
            "Bildarchiv der Stadt Ulm",
            False,
        ),
    ],
)
def test_credit_key_keys_how_a_captions_last_sentence_opens(
    line: str, other: str, same: bool
) -> None:
    assert (line_keys.credit_key(line) == line_keys.credit_key(other)) == same
    assert line_keys.credit_key(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Die Stadt baut einen Radweg. Bildrechte liegen bei der Stadt.",  # a closed sentence
        "Zwei Wörter",  # too few words
        "Ein sehr langer Satz " * 5 + "ohne Ende",  # too long for a caption
    ],
)
def test_credit_key_none(line: str) -> None:
    assert line_keys.credit_key(line) is None


def test_captions_credited_alike_recur_by_their_credit() -> None:
    gatherer = Gatherer()
    for n in range(10):
        title, body = page(n)
        caption = f"Ein Bild von {NAMES[n]}. Linse: {NAMES[n - 1]} Ott"
        gatherer.add_lines("site", [title, caption, body], under_title=[1])
        # Elsewhere on the page the same opening is no credit's.
        gatherer.add_lines("site", [title, body, f"Kamera: {NAMES[n]} Ott am Werk"], f"{n}", [1])
    found = gatherer.evidence()
    assert found.credited("site", "Das Rathaus am Abend. Linse: Paul Sommer") == 10
    assert found.credited("site", "Das Rathaus am Abend. Kamera: Paul Sommer") == 0
    assert found.credited("site", "Kamera: Paul Sommer am Werk") == 0
    assert found.credited("other-site", "Das Rathaus am Abend. Linse: Paul Sommer") == 0


@pytest.mark.parametrize(
    ("place", "after_body"),
    [
        ("after", True),  # a share line below the body on every page
        ("before", False),  # a banner above it on every page
        ("between", False),  # a label between paragraphs, above the longest on some pages
    ],
)
def test_line_of_the_footer_template(place: str, after_body: bool) -> None:
    line = "Beitrag weiterreichen ✿"
    gatherer = Gatherer()
    for n in range(10):
        lines = page(n)
        if place == "after":
            lines.append(line)
        elif place == "before":
            lines.insert(0, line)
        else:
            lines.insert(1 if n % 2 else 2, line)
        gatherer.add_lines("site", lines)
    found = gatherer.evidence()
    assert found.pages("site", line) == 10
    assert found.after_body("site", line) is after_body
    assert found.after_body("other-site", line) is False


@pytest.mark.parametrize(
    ("line", "other", "framed"),
    [
        (
            "Folge 4 unserer Reihe ⟨Wanderwege⟩ ▪ alle Folgen",
            "Folge 2 unserer Reihe ⟨Dorfleben⟩ ▪ alle Folgen",
            True,
        ),
        ("Mini-Quiz ⁝ Wanderwege in fünf Fragen", "Mini-Quiz ⁝ Kreistag in fünf Fragen", True),
        # Other first words: another line.
        (
            "Folge 4 unserer Reihe ⟨Wanderwege⟩ ▪ alle Folgen",
            "Teil 4 der Reihe ▪ alle Folgen",
            False,
        ),
        # Too few words to have a slot.
        ("Quiz ⁝ Wanderwege heute", "Quiz ⁝ Kreistag heute", False),
    ],
    ids=["series", "quiz", "other-opening", "short"],
)
def test_line_recurring_by_its_first_and_last_words(line: str, other: str, framed: bool) -> None:
    gatherer = Gatherer()
    for n in range(10):
        gatherer.add_lines("site", page(n, line if n % 2 else other))
    found = gatherer.evidence()
    assert (found.framed("site", line) == 10) == framed
    assert found.pages("site", line) < 10  # the line itself recurs on half the pages only


def test_the_evidence_counts_a_sources_pages() -> None:
    gatherer = Gatherer()
    for n in range(7):
        gatherer.add_lines("site", page(n))
    gatherer.add_lines("site", page(3))  # the same body again
    found = gatherer.evidence()
    assert (found.size("site"), found.size("other-site")) == (7, 0)
