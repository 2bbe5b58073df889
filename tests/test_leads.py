"""Tests for index.leads: whole-sentence leads of other articles under their headlines."""

from __future__ import annotations

import pytest

from index.clean import clean_page

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


@pytest.mark.parametrize(
    ("lines", "gone"),
    [
        # A line announcing another article, then that article's lead of whole sentences.
        (
            [*BODY[:2], f"Lesen Sie auch: {OTHER_HEADLINE}", OTHER_LEAD, *BODY[2:]],
            [f"Lesen Sie auch: {OTHER_HEADLINE}", OTHER_LEAD],
        ),
        (
            [*BODY[:3], f"→ {SECOND_HEADLINE}", SECOND_LEAD, BODY[3]],
            [f"→ {SECOND_HEADLINE}", SECOND_LEAD],
        ),
    ],
)
def test_leads_under_another_articles_headline_go(lines: list[str], gone: list[str]) -> None:
    got = clean_page(page(*lines))
    assert got.body.split("\n") == [line for line in lines if line not in gone]
    assert set(gone) <= {d.text for d in got.dropped}


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
    got = clean_page(page(*lines))
    assert got.body.split("\n") == lines
