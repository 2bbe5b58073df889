"""Tests for index.leads: whole-sentence leads of other articles under their headlines."""

from __future__ import annotations

import pytest

from index.clean import clean_page
from index.evidence import Evidence, Gatherer

TITLE = "Stadtrat beschließt neuen Radweg am Rheinufer"
BODY = [
    "Der Stadtrat hat am Dienstag den Bau eines neuen Radwegs am Rheinufer beschlossen.",
    "Der Radweg soll zwischen der Altstadt und dem Hafen verlaufen und drei Meter breit sein.",
    "Die Bauarbeiten am Rheinufer beginnen im Frühjahr, der Radweg kostet rund zwei Millionen.",
    "Anwohner hatten den Radweg am Rheinufer seit Jahren gefordert, sagte die Bürgermeisterin.",
]
OTHER_HEADLINE = "Orkan Zeynep entwurzelt Bäume im Schwarzwald"
OTHER_LEAD = (
    "Der Orkan Zeynep hat in der Nacht im Schwarzwald hunderte Bäume entwurzelt. "
    "Forstämter warnen vor Spaziergängen in den Wäldern."
)
SECOND_HEADLINE = "Tennisverein Blau-Weiß feiert hundertsten Geburtstag"
SECOND_LEAD = (
    "Mit einem Turnier und einem Festabend feiert der Tennisverein Blau-Weiß seinen "
    "hundertsten Geburtstag. Gäste aus Partnerstädten haben sich angekündigt."
)


def page(*lines: str) -> str:
    """Lay a page out as an aggregator does: a line a paragraph."""
    return "\n\n".join([TITLE, *lines])


def archive() -> Evidence:
    """Return the evidence of a run that holds the other article."""
    gatherer = Gatherer()
    gatherer.add_article("other", OTHER_HEADLINE, OTHER_LEAD + "\nDer Sturm zog weiter.")
    return gatherer.evidence()


@pytest.mark.parametrize(
    ("lines", "gone", "evidence"),
    [
        # A whole-sentence lead the archive knows as another article's opening, between
        # paragraphs (its headline is another article's title too) and after the body.
        ([*BODY[:2], OTHER_LEAD, *BODY[2:]], [OTHER_LEAD], True),
        ([*BODY, OTHER_LEAD], [OTHER_LEAD], True),
        # A line announcing another article, then that article's lead.
        (
            [*BODY[:2], f"Lesen Sie auch: {OTHER_HEADLINE}", OTHER_LEAD, *BODY[2:]],
            [f"Lesen Sie auch: {OTHER_HEADLINE}", OTHER_LEAD],
            False,
        ),
    ],
)
def test_leads_of_other_articles_go(lines: list[str], gone: list[str], evidence: bool) -> None:
    got = clean_page(page(*lines), archive() if evidence else None, "site", "own")
    kept = got.body.split("\n")
    assert (
        kept[: len(lines) - len(gone)]
        == [line for line in lines if line not in gone][: len(lines) - len(gone)]
    )
    assert not set(gone) & set(kept)
    dropped = {d.text for d in got.dropped}
    assert set(gone) <= dropped


@pytest.mark.parametrize(
    "lines",
    [
        # A subheading over a paragraph of the article's own: both share its words.
        [
            *BODY[:2],
            "Kosten für den Radweg am Rheinufer",
            "Die Kosten für den Radweg am Rheinufer trägt zur Hälfte das Land, der Rest "
            "kommt aus dem Haushalt der Stadt.",
            *BODY[2:],
        ],
        # A paragraph sharing words with the line above, but also with the article.
        [
            *BODY[:3],
            "Bürgermeisterin lobt Radweg am Rheinufer",
            "Die Bürgermeisterin nannte den Radweg am Rheinufer einen großen Schritt für die "
            "Stadt und den Hafen.",
            BODY[3],
        ],
        # A headline-like line above a paragraph sharing none of its words.
        [*BODY[:2], "Ein Blick zurück", SECOND_LEAD, *BODY[2:]],
    ],
)
def test_the_articles_own_paragraphs_stay(lines: list[str]) -> None:
    got = clean_page(page(*lines), archive(), "site", "own")
    assert got.body.split("\n") == lines


def test_the_articles_own_opening_stays() -> None:
    # The body's first line is the page's own article, whatever else starts so.
    got = clean_page(page(OTHER_LEAD, *BODY), archive(), "site", "own")
    assert got.body.split("\n") == [OTHER_LEAD, *BODY]
