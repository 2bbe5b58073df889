"""Tests for index.stamped and index.stamp_keys: text under a stamped label of the source's."""

from __future__ import annotations

import pytest
from page_parts import P1, P2, P3, SITE_ARTICLES, TITLE, page_of

from index.clean import clean_page, gather_page
from index.evidence import Evidence, Gatherer
from index.stamp_keys import keys_of, label_keys, split_labels

USERS = ("Kiebitz77", "M. Vasquez", "dorfkind_2004", "Elbnixe", "R. Okonjo")
# Sentences of other stories, quoted under a reader's name.
QUOTED = (
    "Die Preise für Heizöl sind im Herbst um ein Drittel gestiegen.",
    "Im Finale setzte sich die Mannschaft erst nach Verlängerung durch.",
    "Der Konzern will im kommenden Jahr zweitausend Stellen streichen.",
    "Forscher haben im Eis der Antarktis uralte Bakterien entdeckt.",
    "Die Ausstellung über Vulkane lockte über vierzigtausend Besucher an.",
    "Nach dem Sturm blieben viele Dörfer tagelang ohne Strom.",
    "Das Parlament verabschiedete das Gesetz mit knapper Mehrheit.",
    "Die Winzer erwarten nach dem trockenen Sommer eine kleine Ernte.",
    "Der Flughafen meldet für das Frühjahr einen neuen Rekord an Fluggästen.",
    "Die Polizei sucht Zeugen eines Unfalls auf der Landstraße.",
    "Die Bibliothek verlängert ihre Öffnungszeiten bis in den Abend.",
)
FORMS = (
    "{user} ◬ vor {h} Std.: „{text}“",
    "Leserstimme von {user} ({h}:{m:02d} Uhr) ⟜ {text}",
    "@{user} commented {h}h ago ⏣ {text}",
)


def run(form: str, target: str) -> Evidence:
    """Gather a source of ten pages, each with a line in the form between its paragraphs."""
    gatherer = Gatherer()
    for n, (title, first, second) in enumerate(SITE_ARTICLES):
        line = form.format(user=USERS[n % len(USERS)], h=n + 2, m=7 * n, text=QUOTED[n])
        gather_page(gatherer, f"site/{n}", "site", page_of(title, first, line, second))
    gather_page(gatherer, "target", "site", target)
    return gatherer.evidence()


def dropped(target: str, evidence: Evidence) -> dict[str, str]:
    got = clean_page(target, evidence, "site", "target")
    return {d.text: d.explain() for d in got.dropped}


@pytest.mark.parametrize(
    ("line", "labels"),
    [
        ("Kiebitz77 ◬ vor 21 Std.: „Die Preise sind gestiegen.“",
         ["Kiebitz77", "Kiebitz77 ◬ vor 21 Std."]),
        ("Leserstimme von Elbnixe (15:09 Uhr) ⟜ Wer zahlt die Kosten am Ende?",
         ["Leserstimme von Elbnixe (15:09 Uhr)"]),
        ("@elbnixe commented 5h ago ⏣ Was immer noch wie ein Vorsprung wirkt",
         ["@elbnixe commented 5h ago"]),
        ("12:04 Uhr: Die Polizei meldet einen Unfall auf der A7", ["12:04 Uhr"]),
        # A label of plain words before a colon is a sentence's start.
        ("Merkel sagte: „Wir schaffen das, ganz sicher.“", []),
        ("Die Regierung hat am Montag beschlossen, dass alle Schulen schließen.", []),
        # Too little after the label: a counter, not someone's text.
        ("Kommentare ◬ 12 neue", []),
    ],
)  # fmt: skip
def test_split_labels(line: str, labels: list[str]) -> None:
    assert [label for label, _, _ in split_labels(line)] == labels


@pytest.mark.parametrize(
    ("one", "other", "shared"),
    [
        # Another name (of one word or two) and other numbers: one template.
        ("Leserstimme von Elbnixe (15:09 Uhr)", "Leserstimme von M. Vasquez (1:45 Uhr)", True),
        ("Kiebitz77 ◬ vor 21 Std.", "R. Okonjo ◬ vor 3 Std.", True),
        # Other wording: other templates.
        ("Leserstimme von Elbnixe (15:09 Uhr)", "Kommentar von Elbnixe am Montag", False),
    ],
)
def test_label_keys_fold_names_and_numbers(one: str, other: str, shared: bool) -> None:
    assert bool(set(keys_of(one, True)) & set(keys_of(other, True))) == shared


@pytest.mark.parametrize(
    ("line", "keys"),
    [
        # A time alone is no wording: nothing to count.
        ("12:04 ◬ Die Polizei meldet einen Unfall auf der A7", 0),
        # A time with a word: nothing once the word is left out, and no whole label
        # before a colon (a live ticker's stamp).
        ("12:04 Uhr: Die Polizei meldet einen Unfall auf der A7", 0),
        # Before a symbol the whole label counts too.
        ("12:04 Uhr ◬ Die Polizei meldet einen Unfall auf der A7", 1),
        # A name and a wording: the name before the symbol whole; the label before the
        # colon with each run of a word or two holding a word left out.
        ("Kiebitz77 ◬ vor 21 Std.: Die Polizei meldet einen Unfall", 1 + 6),
    ],
)
def test_label_keys_need_wording(line: str, keys: int) -> None:
    assert len(label_keys(line)) == keys


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(
    ("line", "gone"),
    [
        # Another story's sentence under the source's label, with a name of its pages.
        ("{label} Der Zoo bekommt im Frühjahr zwei junge Elefanten aus Asien.", True),
        # The article's own words under the label (a live ticker's stamp): kept.
        ("{label} Der Stadtrat will die Straßenbahn bis zum neuen Stadtteil verlängern.", False),
    ],
)
def test_text_under_recurring_label(form: str, line: str, gone: bool) -> None:
    label = form.split("{text}")[0].format(user="Neuer Name", h=9, m=41).rstrip("„")
    if "„" in form:
        line = line.replace("{label} ", label + "„") + "“"
    else:
        line = line.replace("{label} ", label)
    target = page_of(TITLE, P1, P2, line, P3)
    got = dropped(target, run(form, target))
    if gone:
        assert "text under a label seen on" in got[line]
    else:
        assert line not in got


def test_label_of_this_page_only_is_no_template() -> None:
    # The same line with no such label on the source's other pages stays.
    line = "Leserstimme von Elbnixe (15:09 Uhr) ⟜ Der Zoo bekommt zwei junge Elefanten."
    target = page_of(TITLE, P1, P2, line, P3)
    assert line not in dropped(target, run("{user}: {text}", target))


def test_first_paragraph_stays() -> None:
    # The body's opening under a recurring stamped label (a dateline) is the article's.
    form = "BERLIN ({user}, {h}:{m:02d}) ◬ {text}"
    opening = "BERLIN (Agentur, 9:41) ◬ Der Zoo bekommt im Frühjahr zwei junge Elefanten."
    target = page_of(TITLE, opening, P1, P2, P3)
    got = clean_page(target, run(form, target), "site", "target")
    assert got.body.split("\n")[0] == opening


def test_live_ticker_entries_stay() -> None:
    # Every paragraph under a time stamp of the source's template: the article's entries,
    # whatever they speak of.
    form = "{h}.{m:02d} Uhr ∣ {text}"
    entries = [form.format(h=9 + n, m=5 * n, text=q) for n, q in enumerate(QUOTED[:5])]
    target = page_of(TITLE, P1, *entries, P2)
    got = clean_page(target, run(form, target), "site", "target")
    assert all(entry in got.body.split("\n") for entry in entries)
