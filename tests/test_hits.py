"""The page of hits (search.hits): snippets with the query's words marked, copies, how each
hit matched."""

from __future__ import annotations

import json

import pytest

from index.build import index_paths
from search.archive import Archive

IMPF = "rheinblick/2021-04-12_impfstoffhersteller-liefermengen"
HAFEN = {"weserbote/2022-05-10_hafen-ausbau", "dpa-ticker/2022-05-10_hafen-bremerhaven"}


def test_snippet_marks_stemmed_and_folded_forms(archive: Archive) -> None:
    hit = archive.search("Muenchen Strasse").hits[0]
    assert "<mark>München</mark>" in hit.snippet
    assert "<mark>Straße</mark>" in hit.snippet
    assert hit.title_html == (
        "Großbaustelle auf der Leopoldstraße: <mark>München</mark> sperrt Fahrspuren"
    )


def test_long_article_snippet_reaches_past_32k(tmp_path) -> None:
    filler = "Der Ausschuss beriet über den Haushalt und vertagte die Entscheidung. " * 1000
    body = filler + "Am Ende stimmte der Gemeinderat für den Bau der Seilbahn."
    (tmp_path / "long.jsonl").write_text(
        '{"id": "long", "title": "Lange Sitzung", "body": "' + body + '"}\n', encoding="utf-8"
    )
    index_paths(tmp_path / "ix", [tmp_path / "long.jsonl"])
    hit = Archive(tmp_path / "ix").search("Seilbahn").hits[0]
    assert len(body) > 60_000
    assert "<mark>Seilbahn</mark>" in hit.snippet


def test_copies_fold_into_one_hit(news) -> None:
    result = news.search("Containerterminal Bremerhaven")
    (hit,) = [h for h in result.hits if h.id in HAFEN]
    assert {hit.id} | {c["id"] for c in hit.also_in} == HAFEN
    assert result.total == 1
    loose = news.search("Containerterminal Bremerhaven", collapse=False)
    assert HAFEN <= {h.id for h in loose.hits} and loose.total == 2
    assert all(h.also_in == [] and h.group is None for h in loose.hits)


@pytest.mark.parametrize(
    ("snippets", "marked"),
    [(True, True), (False, False)],
)
def test_snippets_mark_the_query_only_on_request(
    archive: Archive, snippets: bool, marked: bool
) -> None:
    hit = archive.search("Impfstoffhersteller", snippets=snippets).hits[0]
    assert hit.id == IMPF
    assert ("<mark>" in hit.snippet) is marked
    assert ("<mark>" in hit.title_html) is marked
    if not snippets:
        # The article's lead instead.
        assert hit.snippet.endswith(" …") and len(hit.snippet) < 260


@pytest.mark.parametrize(
    ("query", "filters", "explained"),
    [("Waffenlieferungen", False, True), ("", True, False)],
)
def test_explained_only_on_request_and_when_words_were_typed(
    news: Archive, query: str, filters: bool, explained: bool
) -> None:
    from search.filters import Filters

    narrowed = Filters.make(source=["nordkurier-digital"]) if filters else None
    plain = news.search(query, filters=narrowed)
    asked = news.search(query, filters=narrowed, explain=True)
    assert plain.hits and all(h.explain is None for h in plain.hits)
    assert all((h.explain is not None) is explained for h in asked.hits)


# Articles each holding a query's word only in another form than typed (the text is
# user text: its markup must stay escaped around the marks).
FORMS = {
    "decade": ("Die <b>Achtziger</b> & ihre Musik", "Die Musik der Achtziger kehrt zurück."),
    "decades": ("Musik", "In den Achtzigerjahren und den Neunzigern spielte sie."),
    "genitive": ("Hafen", "China baut einen neuen Hafen am Meer."),
    "compound": ("Lage", "Die Schleuseroperationen im Mittelmeer nehmen zu."),
    "verb": ("Wetter", "Die Behörde warnt vor dem Sturm an der Küste."),
    "umlaut": ("Probe", "Sie haben lange geübt für das Konzert."),
}


@pytest.fixture(scope="module")
def forms_archive(tmp_path_factory: pytest.TempPathFactory) -> Archive:
    """An index of one article per form a query's word is held by."""
    root = tmp_path_factory.mktemp("forms")
    lines = [
        json.dumps({"id": key, "title": title, "body": body, "source": "Test"}, ensure_ascii=False)
        for key, (title, body) in FORMS.items()
    ]
    (root / "forms.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = index_paths(root / "index", [root / "forms.jsonl"])
    assert summary.indexed == len(FORMS), summary.as_dict()
    return Archive(root / "index")


@pytest.mark.parametrize(
    ("typed", "article", "snippet", "title"),
    [
        # A decade in figures marks its words, in the body and in the title.
        (
            "80er",
            "decade",
            "Die Musik der <mark>Achtziger</mark> kehrt zurück.",
            "Die &lt;b&gt;<mark>Achtziger</mark>&lt;/b&gt; &amp; ihre Musik",
        ),
        (
            "80er",
            "decades",
            "In den <mark>Achtzigerjahren</mark> und den Neunzigern spielte sie.",
            "Musik",
        ),
        (
            "90er",
            "decades",
            "In den Achtzigerjahren und den <mark>Neunzigern</mark> spielte sie.",
            "Musik",
        ),
        # A word held by another form (search.holding) has that form marked.
        (
            "Chinas Hafen",
            "genitive",
            "<mark>China</mark> baut einen neuen <mark>Hafen</mark> am Meer.",
            "<mark>Hafen</mark>",
        ),
        (
            "Schleuser Mittelmeer",
            "compound",
            "Die <mark>Schleuseroperationen</mark> im <mark>Mittelmeer</mark> nehmen zu.",
            "Lage",
        ),
        (
            "Warnung Sturm",
            "verb",
            "Die Behörde <mark>warnt</mark> vor dem <mark>Sturm</mark> an der Küste.",
            "Wetter",
        ),
        (
            "geuebt Konzert",
            "umlaut",
            "Sie haben lange <mark>geübt</mark> für das <mark>Konzert</mark>.",
            "Probe",
        ),
    ],
)
def test_snippet_marks_the_forms_an_article_matched_by(
    forms_archive: Archive, typed: str, article: str, snippet: str, title: str
) -> None:
    result = forms_archive.search(typed, size=10, snippets=True)
    (hit,) = [h for h in result.hits if h.id == article]
    assert (hit.snippet, hit.title_html) == (snippet, title)


@pytest.mark.parametrize(
    ("typed", "article", "marked"),
    [
        ("80er", "decade", "<mark>Achtziger</mark>"),
        ("Chinas Hafen", "genitive", "<mark>China</mark>"),
        ("Warnung Sturm", "verb", "<mark>warnt</mark>"),
    ],
)
def test_the_opened_article_marks_the_same_forms(
    forms_archive: Archive, typed: str, article: str, marked: str
) -> None:
    view = forms_archive.article(article, typed, related=False)
    assert view is not None
    assert marked in " ".join(view.body_html), view.body_html
