"""Tests for index.build: real indexes in tmp_path, incremental runs, duplicates, skips."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from generated import index_in_runs

from index.build import index_paths
from index.postings_format import POSTINGS_FORMAT
from index.schema import SCHEMA_VERSION
from index.store import META_FILE, IndexVersionMismatch, open_index, read_meta
from search.archive import Archive

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "archive"
DEMO_IDS = sorted(p.relative_to(DEMO).with_suffix("").as_posix() for p in DEMO.rglob("*.txt"))
ENGLISH = {
    "alpenpost/2021-02-15_vaccine-rollout-bavaria",
    "alpenpost/2022-09-15_energy-prices-winter",
    "alpenpost/2023-05-11_refugee-costs-summit",
    "alpenpost/2024-01-10_north-korean-missiles-kharkiv",
    "alpenpost/2024-01-11_rail-strike-gdl",
}
BEZAHLKARTE = "rheinblick/2024-02-20_bezahlkarte-asyl"

GOOD_PAGE = (
    "Neue Fähre verbindet die Flussufer\n\n"
    "neue fähre verbindet die flussufer\n\n"
    "Seit Montag pendelt eine elektrische Fähre zwischen Altstadt und Hafenviertel. "
    "Die Überfahrt dauert sieben Minuten und kostet für Fahrgäste mit Monatskarte nichts.\n\n"
    "Der Fährmann rechnet im Sommer mit bis zu tausend Radfahrern am Tag.\n"
)
# Title, its lower-case repetition and a footer with one teaser: no article text at all.
BOILERPLATE_PAGE = (
    "Kurzmeldung aus dem Rathaus\n\n"
    "kurzmeldung aus dem rathaus\n\n"
    "News Related\n\n"
    "OTHER NEWS\n\n"
    "Seilbahn am Hausberg fährt wieder\n\n"
    "Nach der Revision schwebt die Gondel wieder zum Gipfelkreuz, wo Murmeltiere ... "
    "Read more »\n\n"
    "Top List in the World\n"
)


def ids(result) -> list[str]:
    return [h.id for h in result.hits]


def write_jsonl(path: Path, *records: dict) -> Path:
    path.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8"
    )
    return path


# -- the demo archive, incrementally -----------------------------------------------------


def test_demo_archive_then_unchanged_rerun(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    first = index_paths(index_dir, [DEMO])
    assert (first.indexed, first.updated, first.unchanged) == (45, 0, 0)
    assert (first.files, first.duplicates, first.repeated, first.skipped) == (45, 0, 0, [])

    second = index_paths(index_dir, [DEMO])
    assert (second.indexed, second.updated, second.unchanged) == (0, 0, 45)
    assert (second.files, second.duplicates, second.skipped) == (45, 0, [])

    stats = Archive(index_dir).stats()
    assert (stats["articles"], stats["documents"], stats["duplicates"]) == (45, 45, 0)
    assert stats["languages"] == {"de": 40, "en": 5}
    assert read_meta(index_dir)["last_run"]["unchanged"] == 45


def _edit_bezahlkarte(archive_dir: Path) -> None:
    """Replace the one body word "Sozialdezernent" of the page with "Stadtkämmerer"."""
    page = archive_dir / f"{BEZAHLKARTE}.txt"
    text = page.read_text(encoding="utf-8")
    assert text.count("Der Sozialdezernent der Stadt Bonn") == 1
    page.write_text(
        text.replace("Der Sozialdezernent der Stadt Bonn", "Der Stadtkämmerer von Bonn"),
        encoding="utf-8",
    )


def test_edited_page_is_updated_and_searchable(tmp_path: Path) -> None:
    archive_dir = tmp_path / "archive"
    shutil.copytree(DEMO, archive_dir)
    index_dir = tmp_path / "index"
    index_paths(index_dir, [archive_dir])
    before = Archive(index_dir)
    assert ids(before.search("Sozialdezernent")) == [BEZAHLKARTE]
    assert before.search("Stadtkämmerer").total == 0
    before.close()

    _edit_bezahlkarte(archive_dir)
    summary = index_paths(index_dir, [archive_dir])
    assert (summary.indexed, summary.updated, summary.unchanged) == (0, 1, 44)

    archive = Archive(index_dir)
    assert ids(archive.search("Stadtkämmerer")) == [BEZAHLKARTE]
    assert archive.search("Sozialdezernent").total == 0
    assert ids(archive.search("Bezahlkarte")) == [BEZAHLKARTE]
    assert archive.stats()["documents"] == 45
    assert "Stadtkämmerer von Bonn" in archive.article(BEZAHLKARTE).body


def test_archive_opened_before_an_update_sees_it(tmp_path: Path) -> None:
    archive_dir = tmp_path / "archive"
    shutil.copytree(DEMO, archive_dir)
    index_dir = tmp_path / "index"
    index_paths(index_dir, [archive_dir])
    archive = Archive(index_dir)
    assert ids(archive.search("Sozialdezernent")) == [BEZAHLKARTE]

    _edit_bezahlkarte(archive_dir)
    assert index_paths(index_dir, [archive_dir]).updated == 1
    # The archive opened before the run should see the new generation without reopening.
    assert ids(archive.search("Stadtkämmerer")) == [BEZAHLKARTE]
    assert archive.search("Sozialdezernent").total == 0
    assert archive.stats()["documents"] == 45
    assert "Stadtkämmerer von Bonn" in archive.article(BEZAHLKARTE).body


def test_rebuild_starts_from_an_empty_index(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    index_paths(index_dir, [DEMO])
    (tmp_path / "kaputt").mkdir()
    (tmp_path / "kaputt" / "leer.txt").write_bytes(b"")
    index_paths(index_dir, [tmp_path / "kaputt"])
    assert read_meta(index_dir)["skipped"]

    other = tmp_path / "neu" / "stadtanzeiger"
    other.mkdir(parents=True)
    (other / "2024-05-02_faehre.txt").write_text(GOOD_PAGE, encoding="utf-8")
    summary = index_paths(index_dir, [tmp_path / "neu"], rebuild=True)
    assert (summary.indexed, summary.updated, summary.unchanged) == (1, 0, 0)

    archive = Archive(index_dir)
    stats = archive.stats()
    assert (stats["documents"], stats["articles"], stats["skipped"]) == (1, 1, {})
    assert stats["sources"] == {"stadtanzeiger": 1}
    assert archive.search("Waffenlieferungen").total == 0
    assert ids(archive.search("Fähre")) == ["stadtanzeiger/2024-05-02_faehre"]
    assert read_meta(index_dir)["schema_version"] == SCHEMA_VERSION


# -- duplicates, repeated ids, skips -------------------------------------------------------


def test_same_body_under_two_ids_is_a_duplicate(tmp_path: Path) -> None:
    body = "Der Wochenmarkt zieht vom Domplatz auf den Rathausplatz. Die Händler sind erleichtert."
    path = write_jsonl(
        tmp_path / "korpus.jsonl",
        {"id": "stadt-1", "title": "Markt zieht um", "body": body, "source": "Stadtanzeiger"},
        {"id": "land-9", "title": "Wochenmarkt zieht um", "body": body, "source": "Landbote"},
        {"id": "land-10", "title": "Anderes Thema", "body": "Das Freibad öffnet im Mai."},
    )
    index_dir = tmp_path / "index"
    summary = index_paths(index_dir, [path])
    assert (summary.indexed, summary.duplicates) == (3, 1)

    archive = Archive(index_dir)
    stats = archive.stats()
    assert (stats["documents"], stats["articles"], stats["duplicates"]) == (3, 2, 1)
    # Both copies are stored and shown under their own ids; only the count is shared.
    assert archive.article("stadt-1").title == "Markt zieht um"
    assert archive.article("land-9").title == "Wochenmarkt zieht um"
    # A search shows the copies once, saying where else the body ran.
    (hit,) = archive.search("Wochenmarkt Rathausplatz").hits
    assert {hit.id} | {c["id"] for c in hit.also_in} == {"stadt-1", "land-9"}
    uncollapsed = archive.search("Wochenmarkt Rathausplatz", collapse=False)
    assert set(ids(uncollapsed)) == {"stadt-1", "land-9"}

    again = index_paths(index_dir, [path])
    assert (again.indexed, again.unchanged, again.duplicates) == (0, 3, 0)


def test_body_copy_differing_in_case_and_spacing_is_a_duplicate(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "k.jsonl",
        {"id": "a", "body": "Die Brücke wird im Herbst gesperrt."},
        {"id": "b", "body": "die  BRÜCKE wird im\nHerbst gesperrt."},
    )
    index_dir = tmp_path / "index"
    assert index_paths(index_dir, [path]).duplicates == 1
    assert Archive(index_dir).stats()["articles"] == 1


def test_repeated_id_in_one_run_keeps_the_first(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "k.jsonl",
        {"id": "x", "body": "Der erste Text über die Kirmes am Rhein."},
        {"id": "x", "body": "Der zweite Text über das Stadtfest."},
    )
    index_dir = tmp_path / "index"
    summary = index_paths(index_dir, [path])
    assert (summary.indexed, summary.repeated) == (1, 1)
    assert "Kirmes" in Archive(index_dir).article("x").body


def test_bad_files_are_skipped_and_recorded(tmp_path: Path) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir()
    (folder / "2024-05-02_faehre.txt").write_text(GOOD_PAGE, encoding="utf-8")
    empty = folder / "2024-05-03_leer.txt"
    empty.write_bytes(b"")
    binary = folder / "2024-05-04_bild.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    index_dir = tmp_path / "index"

    summary = index_paths(index_dir, [folder])
    assert (summary.indexed, summary.files) == (1, 3)
    reasons = {s.origin: s.reason for s in summary.skipped}
    assert reasons == {str(empty): "empty file", str(binary): "binary content, not text"}

    archive = Archive(index_dir)
    assert archive.stats()["skipped"] == reasons
    assert archive.stats()["skipped_by_reason"] == {"empty file": 1, "binary content, not text": 1}
    assert archive.stats()["documents"] == 1
    assert ids(archive.search("Fähre")) == ["2024-05-02_faehre"]

    # A file read again replaces what the earlier run said of it.
    empty.write_text(GOOD_PAGE.replace("Fähre", "Seilfähre"), encoding="utf-8")
    summary = index_paths(index_dir, [folder])
    assert (summary.indexed, summary.unchanged) == (1, 1)
    assert archive.stats()["skipped"] == {str(binary): "binary content, not text"}


def test_jsonl_skips_are_recorded_per_line(tmp_path: Path) -> None:
    path = tmp_path / "k.jsonl"
    path.write_text(
        '{"id": "a", "body": "Der Stadtrat tagt am Dienstag im Ratssaal."}\n'
        '{"id": "b", "body": \n'
        '{"id": "c", "title": "Nur ein Titel"}\n',
        encoding="utf-8",
    )
    index_dir = tmp_path / "index"
    summary = index_paths(index_dir, [path])
    assert summary.indexed == 1
    skipped = Archive(index_dir).stats()["skipped"]
    assert set(skipped) == {f"{path}:2", f"{path}:3"}
    assert "JSON" in skipped[f"{path}:2"]
    assert skipped[f"{path}:3"] == "no body"


def test_boilerplate_only_page_is_indexed_by_title_alone(tmp_path: Path) -> None:
    """A page of title + footer keeps its title (not skipped) with an empty body.

    index.build.prepare skips only when title and body are both empty after cleaning.
    """
    folder = tmp_path / "archiv"
    folder.mkdir()
    (folder / "2023-03-01_nur-rahmen.txt").write_text(BOILERPLATE_PAGE, encoding="utf-8")
    index_dir = tmp_path / "index"
    summary = index_paths(index_dir, [folder])
    assert (summary.indexed, summary.skipped) == (1, [])

    archive = Archive(index_dir)
    article = archive.article("2023-03-01_nur-rahmen")
    assert (article.title, article.caption, article.body) == ("Kurzmeldung aus dem Rathaus", "", "")
    assert ids(archive.search("Rathaus")) == ["2023-03-01_nur-rahmen"]
    for teaser_word in ("Seilbahn", "Gondel", "Murmeltiere", "Gipfelkreuz", "Hausberg"):
        assert archive.search(teaser_word).total == 0, teaser_word


def test_empty_page_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir()
    (folder / "seite.txt").write_text("\n\n   \n", encoding="utf-8")
    summary = index_paths(tmp_path / "index", [folder])
    assert summary.indexed == 0
    assert [(s.origin, s.reason) for s in summary.skipped] == [
        (str(folder / "seite.txt"), "empty file")
    ]


def test_footer_only_page_is_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir()
    (folder / "seite.txt").write_text(
        "News Related\n\nOTHER NEWS\n\nSeilbahn fährt wieder\n\nDie Gondel ... Read more »\n\n"
        "Top List in the World\n",
        encoding="utf-8",
    )
    summary = index_paths(tmp_path / "index", [folder])
    assert summary.indexed == 0
    assert [(s.origin, s.reason) for s in summary.skipped] == [
        (
            str(folder / "seite.txt"),
            "no article text after cleaning: only page chrome "
            "(3 teaser of another article, 1 footer heading)",
        )
    ]


# -- the demo index: teasers, languages --------------------------------------------------


@pytest.mark.parametrize(
    ("article_id", "body_word", "teaser_words"),
    [
        (
            BEZAHLKARTE,
            "Sozialdezernent",
            ["Biberdamm", "Alpakawanderung", "Lebkuchenbäckerei", "Feuerspucker", "Uferweg"],
        ),
        (
            "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea",
            "Rajin",
            ["Spargelernte", "Mondfinsternis", "Bienenvölker", "Sternwarte"],
        ),
        (
            "alpenpost/2022-05-10_baustelle-leopoldstrasse",
            "Ungererstraße",
            ["Trüffelhund", "Industriekletterer", "Winzertochter", "Kaninchenzüchter"],
        ),
        (
            "alpenpost/2021-02-15_vaccine-rollout-bavaria",
            "freezers",
            ["cheesemakers", "dinghies", "regatta", "elephant"],
        ),
        (
            "alpenpost/2024-01-11_rail-strike-gdl",
            "Weselsky",
            ["roadsters", "stargazers", "beekeepers", "observatory"],
        ),
    ],
)
def test_footer_teaser_words_find_nothing(
    archive: Archive, article_id: str, body_word: str, teaser_words: list[str]
) -> None:
    assert article_id in ids(archive.search(body_word, size=50))
    for word in teaser_words:
        assert archive.search(word).total == 0, word


@pytest.mark.parametrize("article_id", DEMO_IDS)
def test_demo_languages(archive: Archive, article_id: str) -> None:
    article = archive.article(article_id)
    assert article is not None
    assert article.lang == ("en" if article_id in ENGLISH else "de")
    assert article.lang_prob > 0.9


# -- schema version ----------------------------------------------------------------------


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, 0, str(SCHEMA_VERSION), None])
def test_other_schema_version_asks_for_reindex(tmp_path: Path, version: object) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir()
    (folder / "faehre.txt").write_text(GOOD_PAGE, encoding="utf-8")
    index_dir = tmp_path / "index"
    index_paths(index_dir, [folder])
    open_index(index_dir)  # the current version opens

    meta_path = index_dir / META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if version is None:
        del meta["schema_version"]
    else:
        meta["schema_version"] = version
    meta_path.write_text(json.dumps(meta), encoding="utf-8")

    with pytest.raises(IndexVersionMismatch, match="re-index"):
        open_index(index_dir)
    with pytest.raises(IndexVersionMismatch, match="re-index"):
        Archive(index_dir)
    with pytest.raises(IndexVersionMismatch, match="re-index"):
        index_paths(index_dir, [folder])

    assert index_paths(index_dir, [folder], rebuild=True).indexed == 1
    assert Archive(index_dir).stats()["documents"] == 1


@pytest.mark.parametrize("postings", [1, POSTINGS_FORMAT + 1, str(POSTINGS_FORMAT), None])
def test_other_postings_format_asks_for_reindex(tmp_path: Path, postings: object) -> None:
    folder = tmp_path / "archiv"
    folder.mkdir()
    (folder / "faehre.txt").write_text(GOOD_PAGE, encoding="utf-8")
    index_dir = tmp_path / "index"
    index_paths(index_dir, [folder])
    assert read_meta(index_dir)["postings_format"] == POSTINGS_FORMAT
    open_index(index_dir)

    meta_path = index_dir / META_FILE
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if postings is None:
        del meta["postings_format"]  # an index from before the format was recorded: 1
    else:
        meta["postings_format"] = postings
    meta_path.write_text(json.dumps(meta), encoding="utf-8")

    with pytest.raises(IndexVersionMismatch, match="posting lists in format .* re-index"):
        Archive(index_dir)
    with pytest.raises(IndexVersionMismatch, match="re-index"):
        index_paths(index_dir, [folder])
    assert index_paths(index_dir, [folder], rebuild=True).indexed == 1
    assert read_meta(index_dir)["postings_format"] == POSTINGS_FORMAT


@pytest.mark.parametrize("rebuild", [False, True])
def test_optimize_merges_the_index_into_one_segment(tmp_path: Path, rebuild: bool) -> None:
    index_dir, parts = index_in_runs(tmp_path, 3, 40)
    with open_index(index_dir).reader() as reader:
        assert len(reader.leaf_readers()) == 3
    before = Archive(index_dir).search("Rathaus Umbau", size=100)
    summary = index_paths(index_dir, parts, workers=1, rebuild=rebuild, optimize=True)
    with open_index(index_dir).reader() as reader:
        assert reader.is_atomic() and reader.doc_count() == 120
    assert summary.merged_segments == (0 if rebuild else 3)
    after = Archive(index_dir).search("Rathaus Umbau", size=100)
    assert after.total == before.total > 0
    assert [h.id for h in after.hits] == [h.id for h in before.hits]


def test_unsure_cleaning_is_flagged_and_a_facet_value(tmp_path: Path) -> None:
    """A page whose body ends in a teaser-like pair the cleaner kept (no footer found)."""
    from search.filters import Filters

    folder = tmp_path / "archiv"
    folder.mkdir()
    para = (
        "Der Gemeinderat hat am Abend über den Haushalt beraten und nach langer Debatte "
        "mehrere Änderungen beschlossen, die vor allem die Schulen betreffen."
    )
    pair = [
        "Kita-Gebühren sollen sinken",
        "Die Elternbeiräte der Stadt hatten seit Monaten gefordert, dass die Beiträge für",
    ]
    last = (
        "Der Bürgermeister zeigte sich zufrieden mit dem Ergebnis der langen Beratungen. Die "
        "Opposition kündigte an, im Frühjahr einen eigenen Entwurf vorzulegen."
    )
    text = "\n\n".join(["Haushalt beschlossen", para, *pair, last]) + "\n"
    (folder / "2024-02-01_haushalt.txt").write_text(text, encoding="utf-8")
    (folder / "2024-02-02_plain.txt").write_text(
        "Sitzung vertagt\n\n" + para + "\n", encoding="utf-8"
    )
    index_paths(tmp_path / "index", [folder])
    archive = Archive(tmp_path / "index")
    assert archive.article("2024-02-01_haushalt").flags == ["cleaning-uncertain"]
    assert archive.article("2024-02-02_plain").flags == []
    result = archive.search("", filters=Filters.make(flag=["cleaning-uncertain"]))
    assert [h.id for h in result.hits] == ["2024-02-01_haushalt"]
    facets = archive.search("Gemeinderat", extras=["facets"]).facets
    assert {"value": "cleaning-uncertain", "count": 1, "selected": False} in facets["flag"]
