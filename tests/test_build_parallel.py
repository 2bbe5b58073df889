"""Tests for parallel indexing (a worker pool, optionally Whoosh's parallel writer), the
fingerprint checked before language detection, and the faster langdetect detector."""

from __future__ import annotations

import json
import multiprocessing
import shutil
from pathlib import Path

import pytest
from langdetect.detector import Detector

import index.build
from index import language
from index.build import Article, SubWriterFailed, Unchanged, index_paths, prepare
from index.readers import RawRecord
from index.store import open_index
from search.archive import Archive

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "archive"
BEZAHLKARTE = "rheinblick/2024-02-20_bezahlkarte-asyl"

# Python 3.12+ warns when a process with threads forks; the pool's threads are alive
# while Whoosh's parallel writer starts its sub-writers (which use no inherited lock).
pytestmark = pytest.mark.filterwarnings(
    "ignore:This process .* is multi-threaded:DeprecationWarning"
)


@pytest.fixture(autouse=True)
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Hand the sub-writers a few articles at a time, so that both get some of the demo."""
    monkeypatch.setattr(index.build, "WRITER_BATCH_ARTICLES", 8)


def stored(index_dir: Path) -> dict[str, dict]:
    """Return id → stored fields of every live document in an index."""
    with open_index(index_dir).searcher() as searcher:
        docs = {doc["id"]: doc for doc in searcher.documents()}
    return docs


def postings(index_dir: Path) -> set[tuple]:
    """Return every posting of an index as (field, term, article id, weight, positions)."""
    found = set()
    with open_index(index_dir).reader() as reader:
        ids = {docnum: reader.stored_fields(docnum)["id"] for docnum in reader.all_doc_ids()}
        for fieldname, term in reader.all_terms():
            matcher = reader.postings(fieldname, term)
            while matcher.is_active():
                found.add((fieldname, term, ids[matcher.id()], matcher.weight(), matcher.value()))
                matcher.next()
    return found


def segments(index_dir: Path) -> int:
    with open_index(index_dir).reader() as reader:
        return len(reader.leaf_readers())


def summary_without_time(summary: index.build.Summary) -> dict:
    data = summary.as_dict()
    del data["seconds"], data["grouping_seconds"]
    return data


# -- the parallel path gives the index the in-process path gives ---------------------------


@pytest.mark.parametrize("parallel_writer", [False, True], ids=["pool", "pool+writer"])
def test_parallel_index_equals_in_process_index(tmp_path: Path, parallel_writer: bool) -> None:
    serial = index_paths(tmp_path / "serial", [DEMO], workers=1)
    parallel = index_paths(
        tmp_path / "parallel", [DEMO], workers=2, parallel_writer=parallel_writer
    )
    assert summary_without_time(parallel) == summary_without_time(serial)
    assert serial.indexed == 45

    # Each worker (or sub-writer) writes a segment of its own; the index is whole anyway.
    assert segments(tmp_path / "serial") == 1
    assert segments(tmp_path / "parallel") == 2
    serial_docs, parallel_docs = stored(tmp_path / "serial"), stored(tmp_path / "parallel")
    assert sorted(parallel_docs) == sorted(serial_docs)
    for article_id, doc in serial_docs.items():
        assert parallel_docs[article_id] == doc, article_id
    # The terms the workers analyzed (or the sub-writers wrote) are the ones this
    # process would have written.
    serial_postings = postings(tmp_path / "serial")
    assert len(serial_postings) > 5_000
    assert postings(tmp_path / "parallel") == serial_postings

    for query in ("Bezahlkarte", "Waffenlieferungen Nordkorea", "rail strike", "München"):
        a = Archive(tmp_path / "serial").search(query, size=50)
        b = Archive(tmp_path / "parallel").search(query, size=50)
        assert a.total == b.total > 0, query
        assert {h.id for h in a.hits} == {h.id for h in b.hits}, query
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("parallel_writer", [False, True], ids=["pool", "pool+writer"])
def test_parallel_rerun_then_edit_updates_in_place(tmp_path: Path, parallel_writer: bool) -> None:
    index_dir = tmp_path / "index"
    run = {"workers": 2, "parallel_writer": parallel_writer}
    assert index_paths(index_dir, [DEMO], **run).indexed == 45

    again = index_paths(index_dir, [DEMO], **run)
    assert (again.indexed, again.updated, again.unchanged) == (0, 0, 45)

    _edit_bezahlkarte(archive_dir := tmp_path / "archive")
    edited = index_paths(index_dir, [archive_dir], **run)
    assert (edited.indexed, edited.updated, edited.unchanged) == (0, 1, 44)

    archive = Archive(index_dir)
    assert [h.id for h in archive.search("Stadtkämmerer").hits] == [BEZAHLKARTE]
    assert archive.search("Sozialdezernent").total == 0
    assert archive.stats()["documents"] == 45
    assert stored(index_dir)[BEZAHLKARTE]["lang"] == "de"


def test_skips_and_repeats_are_reported_alike_in_parallel(tmp_path: Path) -> None:
    path = tmp_path / "k.jsonl"
    body = "Der Stadtrat tagt am Dienstag im Ratssaal und berät über den Haushalt."
    lines = [
        {"id": "a", "body": body},
        {"id": "b", "body": "   "},
        {"id": "a", "body": "Eine Wiederholung derselben Kennung mit anderem Text."},
        {"id": "c", "body": body.upper()},
        {"id": "d", "title": "Nur ein Titel"},
        {"id": "e", "body": "Das Freibad öffnet im Mai, sofern das Wetter mitspielt."},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines) + "{kaputt\n", "utf-8")
    serial = index_paths(tmp_path / "serial", [path], workers=1)
    parallel = index_paths(tmp_path / "parallel", [path], workers=2, parallel_writer=True)
    assert summary_without_time(parallel) == summary_without_time(serial)
    assert (serial.indexed, serial.duplicates, serial.repeated) == (3, 1, 1)
    assert len(serial.skipped) == 3


def _spy_on_workers(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Record how many workers each run prepares its articles with."""
    used: list[int] = []
    for name in ("_write_segments", "_write_with_whoosh"):
        write = getattr(index.build, name)

        def spy(ix, items, workers, *args, write=write):
            used.append(workers)
            return write(ix, items, workers, *args)

        monkeypatch.setattr(index.build, name, spy)
    return used


def test_auto_workers_work_in_process_for_a_small_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    used = _spy_on_workers(monkeypatch)
    index_paths(tmp_path / "index", [DEMO], parallel_writer=True)
    assert used == [1]
    assert segments(tmp_path / "index") == 1


@pytest.mark.parametrize(
    ("articles", "chars"), [(10, 10**9), (10**9, 20_000)], ids=["articles", "chars"]
)
def test_auto_workers_go_parallel_above_a_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, articles: int, chars: int
) -> None:
    monkeypatch.setattr(index.build, "PARALLEL_MIN_ARTICLES", articles)
    monkeypatch.setattr(index.build, "PARALLEL_MIN_CHARS", chars)
    monkeypatch.setattr(index.build, "_cpu_count", lambda: 2)
    used = _spy_on_workers(monkeypatch)
    assert index_paths(tmp_path / "one", [DEMO]).indexed == 45
    assert index_paths(tmp_path / "two", [DEMO], parallel_writer=True).indexed == 45
    assert used == [2, 2]
    assert (segments(tmp_path / "one"), segments(tmp_path / "two")) == (2, 2)
    assert sorted(stored(tmp_path / "one")) == sorted(stored(tmp_path / "two"))


def test_failed_sub_writer_leaves_the_index_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = Article.document

    def broken(article: Article) -> dict:
        doc = good(article)
        if article.id == BEZAHLKARTE:
            doc["body_de"] = 12345  # not text: the sub-writer analyzing it fails
        return doc

    index_dir = tmp_path / "index"
    run = {"workers": 2, "parallel_writer": True}
    first = index_paths(index_dir, [DEMO], **run)
    before = stored(index_dir)
    _edit_bezahlkarte(archive_dir := tmp_path / "archive")

    monkeypatch.setattr(Article, "document", broken)
    with pytest.raises(SubWriterFailed, match="the index was not changed"):
        index_paths(index_dir, [archive_dir], **run)
    assert multiprocessing.active_children() == []
    assert stored(index_dir) == before

    monkeypatch.setattr(Article, "document", good)
    summary = index_paths(index_dir, [archive_dir], **run)
    assert (first.indexed, summary.updated, summary.unchanged) == (45, 1, 44)
    assert "Stadtkämmerer" in stored(index_dir)[BEZAHLKARTE]["body"]


def _edit_bezahlkarte(archive_dir: Path) -> None:
    """Copy the demo archive and change one word of one article."""
    shutil.copytree(DEMO, archive_dir)
    page = archive_dir / f"{BEZAHLKARTE}.txt"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("Sozialdezernent", "Stadtkämmerer"), encoding="utf-8")


# -- unchanged articles are recognised before language detection ---------------------------


def test_unchanged_article_skips_language_detection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    index_paths(index_dir, [DEMO], workers=1)
    calls: list[str] = []
    detect = index.build.detect_language

    def counting(cleaned, hint):
        calls.append(cleaned.title)
        return detect(cleaned, hint)

    monkeypatch.setattr(index.build, "detect_language", counting)
    assert index_paths(index_dir, [DEMO], workers=1).unchanged == 45
    assert calls == []

    # A new detection method makes every article's language be detected again.
    monkeypatch.setattr(language, "METHOD", language.METHOD + "/other")
    rerun = index_paths(index_dir, [DEMO], workers=1)
    assert (rerun.updated, rerun.unchanged) == (45, 0)
    assert len(calls) == 45
    assert Archive(index_dir).stats()["languages"] == {"de": 40, "en": 5}


def test_prepare_returns_unchanged_for_a_known_fingerprint() -> None:
    record = RawRecord(
        id="x",
        body="Die Fähre pendelt seit Montag zwischen Altstadt und Hafenviertel.",
        origin="k.jsonl:1",
        kind="jsonl",
        title="Neue Fähre",
    )
    article = prepare(record)
    assert isinstance(article, Article)
    assert (article.lang, len(article.fingerprint), len(article.body_hash)) == ("de", 40, 40)
    assert prepare(record, known=article.fingerprint) == Unchanged("x")
    changed = RawRecord(**{**record.__dict__, "body": record.body + " Neu."})
    assert isinstance(prepare(changed, known=article.fingerprint), Article)


# -- the faster detector answers exactly as langdetect's own -------------------------------

TEXTS = [
    "Der Gemeinderat hat am Dienstagabend über den Neubau der Grundschule beraten.",
    "The town council met on Tuesday evening to discuss plans for a new primary school.",
    "Le conseil municipal s'est réuni mardi soir pour discuter du projet d'école.",
    "Der Bürgermeister sagte, das new public management sei ein game changer for the city.",
    "NATO-Gipfel: USA und EU   beraten   über   die Ukraine -- Kim Jong-un droht.",
    "Siehe https://example.org/a?b=c oder schreibe an info@example.org für Details.",
    "Москва и Киев ведут переговоры о прекращении огня и обмене пленными.",
    "東京都は新しい防災計画を発表した。 Tokyo announced a new plan.",
    "Việt Nam công bố kế hoạch phát triển kinh tế mới trong năm nay.",
    "  führende Leerzeichen und   doppelte  ",
]


def _demo_texts() -> list[str]:
    texts = []
    for path in sorted(DEMO.rglob("*.txt"))[:15]:
        texts.append(language.sample("", path.read_text(encoding="utf-8")))
    return texts


@pytest.mark.parametrize("trials", [language.TRIALS, 7])
def test_fast_detector_matches_langdetect(trials: int) -> None:
    factory = language._detector_factory()
    for text in TEXTS + _demo_texts():
        stock = Detector(factory)
        fast = language.create_detector(trials)
        stock.n_trial = trials
        stock.append(text)
        fast.append(text)
        assert fast.text == stock.text, text
        expected = [(p.lang, p.prob) for p in stock.get_probabilities()]
        assert [(p.lang, p.prob) for p in fast.get_probabilities()] == expected, text
