"""Lines of a made-up German article and another story's teaser, for page fragments."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from index.clean import gather_page
from index.evidence import Evidence, Gatherer

TITLE = "Stadtrat beschließt neue Straßenbahnlinie"
P1 = (
    "Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, die Straßenbahn bis zum "
    "neuen Stadtteil im Westen zu verlängern. Der Bau soll im kommenden Frühjahr beginnen."
)
P2 = (
    "Die Kosten werden auf 120 Millionen Euro geschätzt. Bund und Land wollen den größten "
    "Teil davon übernehmen, die Stadt trägt den Rest aus ihrem Haushalt."
)
P3 = (
    "Anwohner hatten gegen die Pläne protestiert, weil sie Lärm und Baustellen fürchten. Die "
    "Verwaltung sagte zu, die Arbeiten in Abschnitten zu erledigen."
)
H1 = "Bahnstreik legt den Verkehr im ganzen Land lahm"
H2 = "Neue Regeln für Mieter ab Januar"
L2 = "Wer zur Miete wohnt, muss sich im kommenden Jahr auf einige Änderungen bei den"

# Ten articles of one source: a title and two paragraphs each, all different.
SITE_ARTICLES = (
    ("Neuer Radweg am Rhein", "Die Stadt baut bis zum Sommer einen Radweg entlang des Ufers.",
     "Anwohner begrüßen die Pläne, Händler fürchten weniger Parkplätze."),
    ("Schule bekommt Mensa", "Nach langem Warten erhält die Grundschule eine eigene Küche.",
     "Die Eltern hatten jahrelang dafür gesammelt und Briefe geschrieben."),
    ("Hochwasser bleibt aus", "Trotz starker Regenfälle stieg der Pegel nur wenig an.",
     "Die Feuerwehr hatte vorsorglich Sandsäcke an die Deiche gebracht."),
    ("Bäckerei schließt nach 90 Jahren", "Der Familienbetrieb findet keinen Nachfolger mehr.",
     "Stammkunden verabschiedeten sich mit Blumen und Karten."),
    ("Orchester probt im Freien", "Wegen der Hitze zogen die Musiker in den Stadtpark um.",
     "Spaziergänger blieben stehen und hörten den Proben zu."),
    ("Kreistag streitet über Busse", "Die Opposition verlangt dichtere Takte auf dem Land.",
     "Der Landrat verweist auf fehlende Fahrer und knappe Mittel."),
    ("Tierheim sucht Paten", "Für die vielen Katzen fehlen Futter und freiwillige Helfer.",
     "Wer helfen möchte, kann sich jeden Mittwoch dort melden."),
    ("Brücke wird gesperrt", "Gutachter fanden Risse in den Pfeilern der alten Brücke.",
     "Autofahrer müssen einen Umweg von zwölf Kilometern fahren."),
    ("Museum zeigt alte Karten", "Die Ausstellung im Schloss versammelt Landkarten und"
     " Stadtpläne aus vier Jahrhunderten, viele davon zum ersten Mal öffentlich.",
     "Besonders wertvoll ist ein Druck aus dem Jahr 1620, den ein Sammler geliehen hat."),
    ("Sportverein feiert Jubiläum", "Seit hundert Jahren spielen Kinder hier Fußball und Handball.",
     "Zum Fest kamen ehemalige Spieler aus ganz Deutschland."),
)  # fmt: skip


def gathered(pages: Iterable[Sequence[str]]) -> Evidence:
    """Gather a run's evidence over pages of one source, (id, text, ...) each, as
    `newsarchive index` does."""
    gatherer = Gatherer()
    for page_id, text, *_ in pages:
        gather_page(gatherer, page_id, "site", text)
    return gatherer.evidence()


def page_of(*lines: str) -> str:
    """Return a page's text: the lines as paragraphs, a blank line between them."""
    return "\n\n".join(lines) + "\n"
