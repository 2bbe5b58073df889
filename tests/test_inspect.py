"""`newsarchive inspect`: what the cleaner makes of pages, every dropped line's reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from page_parts import H1, H2, L2, P1, P2, P3, SITE_ARTICLES, TITLE

from web.cli import main

SEED_PAGE = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "seed-page.txt"

L1 = "Die Lokführergewerkschaft hat ihre Mitglieder erneut zum Streik aufgerufen, der am Montag"


def page(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


def inspect(tmp_path: Path, capsys: pytest.CaptureFixture[str], *texts: str) -> list[dict]:
    """Write pages into a folder, inspect it as JSON, return the pages' cleaning."""
    folder = tmp_path / "seiten"
    folder.mkdir(exist_ok=True)
    for n, text in enumerate(texts):
        (folder / f"seite-{n}.txt").write_text(text, encoding="utf-8")
    assert main(["--index", str(tmp_path / "no-index"), "inspect", str(folder), "--json"]) == 0
    return json.loads(capsys.readouterr().out)["pages"]


@pytest.mark.parametrize(
    ("text", "dropped"),
    [
        (
            page(
                TITLE,
                TITLE.lower(),
                P1,
                P2,
                "Weitere Artikel",
                H1,
                L1 + " Mehr lesen",
                H2,
                L2 + " …",
            ),
            [
                (TITLE.lower(), "title-copy"),
                ("Weitere Artikel", "footer-heading"),
                (H1, "teaser"),
                (L1 + " Mehr lesen", "teaser"),
                (H2, "teaser"),
                (L2 + " …", "teaser"),
            ],
        ),
        (
            page(
                "Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten. Mit der Nutzung "
                "der Seite stimmen Sie der Verwendung von Cookies zu.",
                "Alle akzeptieren",
                "Nachrichten / Wirtschaft / Inland",
                "RHEINBLICK",
                TITLE,
                P1,
                P2,
            ),
            [
                ("Wir verwenden Cookies", "banner"),
                ("Alle akzeptieren", "banner"),
                ("Nachrichten / Wirtschaft / Inland", "banner"),
                ("RHEINBLICK", "banner"),
            ],
        ),
        (
            page(TITLE, "Von Anna Keller, 12.03.2023", P1, f"Lesen Sie auch: {H1}", P2, P3),
            [("Von Anna Keller, 12.03.2023", "byline"), (f"Lesen Sie auch: {H1}", "inline-teaser")],
        ),
        (
            page(TITLE, P1, "Anzeige", P2, "Foto: dpa", P3),
            [("Anzeige", "chrome"), ("Foto: dpa", "credit")],
        ),
        (
            page(
                TITLE,
                P1,
                P2,
                "Artikel teilen",
                "12 Kommentare",
                "© 2024 Rheinblick Verlag. Alle Rechte vorbehalten.",
                "Impressum | Datenschutz | AGB",
            ),
            [
                ("Artikel teilen", "chrome"),
                ("12 Kommentare", "chrome"),
                ("© 2024 Rheinblick Verlag", "chrome"),
                ("Impressum | Datenschutz | AGB", "chrome"),
            ],
        ),
        (page(TITLE, P1, P2, "Weiterlesen »"), [("Weiterlesen »", "read-more")]),
        (page(TITLE, P1, P2, P3), []),
    ],
    ids=[
        "footer-and-teasers",
        "banners",
        "byline-and-inline",
        "labels",
        "chrome",
        "marker",
        "none",
    ],
)
def test_reasons(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, dropped: list[tuple[str, str]]
) -> None:
    (found,) = inspect(tmp_path, capsys, text)
    assert found["title"] == TITLE
    assert [
        (d["line"][: len(line)], d["reason"])
        for d, (line, _) in zip(found["dropped"], dropped, strict=False)
    ] == dropped
    assert len(found["dropped"]) == len(dropped)
    assert all(d["why"] for d in found["dropped"])
    kept = found["body"].split("\n")
    assert P1 in kept and all(line not in kept for line, _ in dropped)


def test_lines_recurring_on_a_folders_pages_and_teasers_of_its_articles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    others = [
        page(
            f"Meldung Nummer {word}",
            f"Der Bericht über {word} beginnt hier mit einem ersten Satz.",
            "Jetzt bestellen: Das Magazin zum Thema",
            f"Der Bericht über {word} geht weiter, bis er nach einem zweiten Satz endet.",
        )
        for word in ("Apfel", "Birne", "Kirsche", "Pflaume")
    ]
    text = page(TITLE, P1, "Jetzt bestellen: Das Magazin zum Thema", P2, "Meldung Nummer Birne")
    *_, found = inspect(tmp_path, capsys, *others, text)
    why = {d["line"]: d for d in found["dropped"]}
    assert (
        why["Jetzt bestellen: Das Magazin zum Thema"]["why"]
        == "line seen on 5 pages of this source"
    )
    assert why["Meldung Nummer Birne"]["article"] == "seite-1"
    assert why["Meldung Nummer Birne"]["why"] == "teaser of article seite-1"


def test_all_chrome_page_is_reported_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (found,) = inspect(
        tmp_path, capsys, page("Weitere Artikel", H1, L1 + " Mehr lesen", "Impressum | Kontakt")
    )
    assert found["skipped"].startswith("only page chrome")
    assert (found["title"], found["body"]) == ("", "")


@pytest.mark.skipif(not SEED_PAGE.is_file(), reason=f"shared seed page absent: {SEED_PAGE}")
def test_seed_page_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--index", str(tmp_path / "none"), "inspect", str(SEED_PAGE)]) == 0
    out = capsys.readouterr().out
    assert "title:   Verhältnis immer enger: Wladimir Putin will nach Nordkorea reisen" in out
    assert "caption: Im September 2023 war Kim Jong-un" in out
    assert "  - [footer heading] News Related" in out
    assert (
        "  - [teaser of another article] Novartis will nach Sandoz-Abspaltung stärker wachsen"
        in out
    )
    assert "Zeilen entfernt: Teaser anderer Artikel, Fußzeile" in out


def test_no_pages_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "a.jsonl"
    data.write_text('{"id": "x", "body": "Text"}\n', encoding="utf-8")
    assert main(["--index", str(tmp_path / "none"), "inspect", str(data)]) == 1
    err = capsys.readouterr().err
    assert "not a page (jsonl)" in err and "no pages to inspect" in err


@pytest.mark.parametrize(
    ("text", "line"),
    [
        (page(TITLE, P1, P2, P3, "#Verkehr #Justiz #Heimat"), "#Verkehr #Justiz #Heimat"),
        (
            page(TITLE, P1, P2, P3, "Unsere App: jetzt kostenlos im App Store und bei Google Play"),
            "Unsere App: jetzt kostenlos im App Store und bei Google Play",
        ),
    ],
)
def test_the_line_classifier_names_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, line: str
) -> None:
    (found,) = inspect(tmp_path, capsys, text)
    (why,) = [d["why"] for d in found["dropped"] if d["line"] == line]
    assert d_reason(found, line) == "classifier"
    assert why.startswith("line classifier: ") and why.endswith(")")


def d_reason(found: dict, line: str) -> str:
    return next(d["reason"] for d in found["dropped"] if d["line"] == line)


@pytest.mark.parametrize(
    ("text", "line", "why"),
    [
        (
            page(f"Der Stadtbote | {TITLE}", TITLE, P1, P2, P3),
            f"Der Stadtbote | {TITLE}",
            "banner before the title (the title with the site's name or a label around it)",
        ),
        (
            page(f"Meistgelesen ▪ {H1} ▪ {H2}", TITLE, P1, P2, P3),
            f"Meistgelesen ▪ {H1} ▪ {H2}",
            "banner before the title (headlines of other articles listed on one line)",
        ),
        (
            page(TITLE, P1, P2, P3, H1, "www.bote.de/artikel/bahnstreik-legt-den-verkehr", L1),
            "www.bote.de/artikel/bahnstreik-legt-den-verkehr",
            "page chrome (link to another story)",
        ),
        (
            page(TITLE, P1, P2, P3, H1, "www.bote.de/artikel/bahnstreik-legt-den-verkehr", L1),
            H1,
            "teaser of another article (headline of the linked story)",
        ),
    ],
    ids=["head-title", "headline-row", "link", "linked-headline"],
)
def test_reasons_of_cleaner_version_8(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, line: str, why: str
) -> None:
    (found,) = inspect(tmp_path, capsys, text)
    assert found["title"] == TITLE
    assert [d["why"] for d in found["dropped"] if d["line"] == line] == [why]


# Teasers' leads breaking off at a word, under headlines on two lines.
CUT_1 = "Die Stadtwerke haben angekündigt, dass die Preise für Strom und Gas im Frühjahr um"
CUT_2 = "Wer zur Miete wohnt, muss sich im kommenden Jahr auf einige Änderungen bei den Kosten und"
WRAPPED = ("Bahnstreik legt den Verkehr", "im ganzen Land lahm", CUT_2)
WRAPPED_2 = ("Neue Regeln für Mieter", "ab Januar 2025", CUT_1)


@pytest.mark.parametrize(
    ("text", "line", "why"),
    [
        (
            page(TITLE, P1, P2, P3, *WRAPPED, *WRAPPED_2),
            "im ganzen Land lahm",
            "teaser of another article (headline over two lines)",
        ),
        (
            page(TITLE, P1, P2, P3, *WRAPPED, *WRAPPED_2),
            "Bahnstreik legt den Verkehr",
            "teaser of another article (headline over two lines)",
        ),
    ],
    ids=["wrapped-headline-end", "wrapped-headline-start"],
)
def test_reasons_of_cleaner_version_9(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, line: str, why: str
) -> None:
    (found,) = inspect(tmp_path, capsys, text)
    assert found["title"] == TITLE
    assert [d["why"] for d in found["dropped"] if d["line"] == line] == [why]


@pytest.mark.parametrize(
    ("form", "cut"),
    [
        ("# {title} ‖ Rheinblatt", ["heading marks", "the site's name after it ('Rheinblatt')"]),
        ("Rheinblatt | {title}", ["the site's name before it ('Rheinblatt')"]),
        ("{title}", []),
    ],
)
def test_what_was_cut_off_the_title_line_is_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], form: str, cut: list[str]
) -> None:
    articles = SITE_ARTICLES[:6]
    texts = [page(form.format(title=title), one, two) for title, one, two in articles]
    got = inspect(tmp_path, capsys, *texts)
    assert sorted((p["title"], p["title_cut"]) for p in got) == sorted(
        (title, cut) for title, _, _ in articles
    )
    assert main(["--index", str(tmp_path / "no-index"), "inspect", str(tmp_path / "seiten")]) == 0
    shown = capsys.readouterr().out
    assert ("cut off the title line: " + "; ".join(cut) in shown) == bool(cut)
