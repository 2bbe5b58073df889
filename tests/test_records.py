"""Tests for index.records: teasers after the body told by the rhythm of their records."""

from __future__ import annotations

import pytest
from page_parts import P1, P2, P3, TITLE

from index.clean import clean_page
from index.footer_line import Line
from index.shape import Shape

# Other stories' teasers: a headline, a lead of whole sentences (no marker), a date line.
TEASERS = (
    (
        "Hitzewelle lässt Flüsse austrocknen",
        "Seit Wochen fällt im Süden kein Regen mehr, und die Schiffe können die Oberläufe "
        "kaum noch befahren. Reedereien melden bereits erste Ausfälle bei Getreide und Kohle.",
        "12.08.2023",
    ),
    (
        "Tennisturnier endet mit Überraschung",
        "Eine Qualifikantin aus Litauen gewann das Finale gegen die Titelverteidigerin in "
        "zwei Sätzen. Die Zuschauer feierten sie minutenlang mit stehendem Applaus.",
        "03.07.2023",
    ),
    (
        "Forscher entdecken seltene Orchidee",
        "Im Nationalpark blüht wieder eine Art, die seit achtzig Jahren als verschollen galt. "
        "Botaniker wollen den Standort vorerst geheim halten, um Sammler fernzuhalten.",
        "21.05.2023",
    ),
)
# The article's own sections: a subheading over a short paragraph about the article.
SECTIONS = (
    ("Kosten der Straßenbahn", "Die Straßenbahn kostet den Stadtrat nach neuen Schätzungen "
     "weitere Millionen Euro. Der Haushalt der Stadt muss dafür im Westen an anderer Stelle "
     "sparen."),
    ("Anwohner der Straßenbahn", "Anwohner im Westen fürchten den Lärm der Straßenbahn und "
     "verlangen vom Stadtrat besseren Schutz. Eine Bürgerversammlung ist für den Herbst "
     "geplant."),
    ("Baustellen der Straßenbahn", "Die Baustellen der Straßenbahn sollen nach dem Willen "
     "des Stadtrats kurz bleiben. Die Verwaltung plant die Arbeiten im Westen in drei "
     "Abschnitten."),
)  # fmt: skip
# Body paragraphs longer than any teaser's lead.
LONG = (
    "Nach Angaben der Verwaltung sollen die Gleise über eine Strecke von sieben Kilometern "
    "verlegt werden, mit neun neuen Haltestellen, zwei Brücken und einem Betriebshof am "
    "Stadtrand. Geplant ist ein Takt von zehn Minuten, in den Hauptverkehrszeiten von fünf, "
    "und die Fahrzeuge sollen mit Strom aus den städtischen Solaranlagen fahren, die derzeit "
    "auf den Dächern von Schulen entstehen."
)
LONG2 = (
    "Die Opposition im Stadtrat hält die Pläne für zu teuer und verweist auf die Buslinien, "
    "die schon heute den Westen erschließen. Sie beantragte ein unabhängiges Gutachten, das "
    "die Kosten und den Nutzen beider Verkehrsmittel über dreißig Jahre vergleicht, doch der "
    "Antrag fand keine Mehrheit, nachdem die Verwaltung auf die Fristen der Förderprogramme "
    "von Bund und Land hingewiesen hatte."
)


def page(*lines: str) -> str:
    return "\n\n".join((TITLE, P1, LONG, LONG2, *lines)) + "\n"


def headline_lead(n: int = 3) -> list[str]:
    return [x for h, lead, _ in TEASERS[:n] for x in (h, lead)]


RHYTHM = "teasers laid out alike after the body"


@pytest.mark.parametrize(
    ("tail", "teasers"),
    [
        # A headline over a lead of whole sentences, three times: teasers.
        (headline_lead(), True),
        # A lead over its date line, and a headline over a date line over a lead.
        ([x for _, lead, d in TEASERS for x in (lead, d)], True),
        ([x for h, lead, d in TEASERS for x in (h, d, lead)], True),
        # Two records are no run: an article may end so.
        (headline_lead(2), False),
        # The article's own sections share its words.
        ([x for sec in SECTIONS for x in sec], False),
        # A run going on the article's sections above it (one with a long paragraph).
        (["Vorgeschichte des Streits", f"{P2} {P3} {P2}", *headline_lead()], False),
        # Questions over their answers: an interview's own.
        ([x for h, lead, _ in TEASERS for x in (h + "?", lead)], False),
        # A line ending in a colon introduces what follows (a quotation's speaker).
        ([x for h, lead, _ in TEASERS for x in (h + ":", lead)], False),
    ],
)
def test_teaser_records_after_the_body(tail: list[str], teasers: bool) -> None:
    got = clean_page(page(*tail))
    told = [d.text for d in got.dropped if RHYTHM in d.explain()]
    if teasers:
        # Told by their rhythm alone: no heading, no marker says so.
        assert got.body.split("\n") == [P1, LONG, LONG2]
        assert told
    else:
        assert not told


@pytest.mark.parametrize(
    ("text", "seen", "labelled", "kind"),
    [
        ("12.08.2023", 0, 0, "M"),
        ("Von Anna Keller, 12.08.2023", 9, 0, "M"),
        (TEASERS[0][0], 0, 0, "H"),
        (TEASERS[0][1], 0, 0, "L"),
        # The site's recurring lines and its announcing labels are no record's.
        (TEASERS[0][0], 9, 0, ""),
        ("Lesetipp ⟩ " + TEASERS[0][0], 0, 4, ""),
        (TEASERS[0][0] + ":", 0, 0, ""),
        (f"{LONG} {LONG2}", 0, 0, ""),
    ],
)
def test_kind_of_a_line_in_a_record(text: str, seen: int, labelled: int, kind: str) -> None:
    from index.records import kind as kind_of

    assert kind_of(Line(Shape(text), seen, None, labelled)) == kind
