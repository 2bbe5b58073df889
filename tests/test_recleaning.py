"""Evidence across indexing runs: kept with the index, earlier pages cleaned again."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import evidence_store, readers, recleaning
from index.build import index_paths
from search.archive import Archive

# A line of the site's own, in no cue word list: only its recurrence makes it chrome.
PODCAST = "Unser Podcast am Morgen: jetzt reinhören"
WORDS = ("Apfel", "Birne", "Kirsche", "Pflaume", "Quitte", "Mirabelle")


def write_page(folder: Path, word: str) -> None:
    """Write a page of the site with its own text and the site's podcast line."""
    folder.mkdir(parents=True, exist_ok=True)
    text = "\n\n".join(
        [
            f"Neue Ernte: {word} so teuer wie nie",
            f"Die Preise für {word} sind im Herbst stark gestiegen. Händler auf den Märkten "
            f"der Region berichten von knappen Mengen und langen Schlangen vor ihren Ständen.",
            f"Erzeuger führen das auf das nasse Frühjahr zurück, das viele Blüten vernichtet "
            f"hat. Im kommenden Jahr soll {word} wieder günstiger werden, hoffen die Verbände.",
            PODCAST,
        ]
    )
    (folder / f"{word.lower()}.txt").write_text(text + "\n", encoding="utf-8")


def body(index_dir: Path, article_id: str) -> str:
    archive = Archive(index_dir)
    try:
        view = archive.article(article_id, related=False)
        assert view is not None
        return view.body
    finally:
        archive.close()


def test_earlier_pages_are_cleaned_again_when_the_evidence_grows(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    for word in WORDS[:2]:
        write_page(tmp_path / "eins" / "markt", word)
    first = index_paths(index_dir, [tmp_path / "eins"])
    assert (first.indexed, first.recleaned) == (2, 0)
    # Two pages: the line is no chrome yet.
    assert PODCAST in body(index_dir, "markt/apfel")

    for word in WORDS[2:4]:
        write_page(tmp_path / "zwei" / "markt", word)
    second = index_paths(index_dir, [tmp_path / "zwei"])
    # On four pages of the source now: chrome. The first run's pages are read again.
    assert (second.indexed, second.recleaned, second.updated) == (2, 2, 2)
    for article in ("markt/apfel", "markt/birne", "markt/kirsche"):
        assert PODCAST not in body(index_dir, article)
        assert "Die Preise für" in body(index_dir, article)

    # Nothing new: nothing is read again, nothing changes.
    third = index_paths(index_dir, [tmp_path / "zwei"])
    assert (third.recleaned, third.updated, third.unchanged) == (0, 0, 2)


def test_a_single_file_is_cleaned_with_the_evidence_kept(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    for word in WORDS[:4]:
        write_page(tmp_path / "archiv" / "markt", word)
    index_paths(index_dir, [tmp_path / "archiv"])
    write_page(tmp_path / "neu" / "markt", WORDS[4])
    summary = index_paths(index_dir, [tmp_path / "neu" / "markt" / "quitte.txt"])
    assert summary.indexed == 1
    assert PODCAST not in body(index_dir, "quitte")
    kept = evidence_store.load(index_dir)
    assert kept.cleaner == recleaning.CLEANER_VERSION
    assert {"markt/apfel", "quitte"} <= set(kept.pages) and kept.suspects["quitte"]


def test_a_changed_cleaner_cleans_every_page_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    for word in WORDS[:3]:
        write_page(tmp_path / "archiv" / "markt", word)
    index_paths(index_dir, [tmp_path / "archiv"])
    write_page(tmp_path / "neu" / "hof", WORDS[5])

    monkeypatch.setattr(recleaning, "CLEANER_VERSION", recleaning.CLEANER_VERSION + 1)
    summary = index_paths(index_dir, [tmp_path / "neu"])
    # Every earlier page is cleaned again (the podcast line, now on pages of two sources,
    # goes from them as text of the run's other pages: index/run_lines.py).
    assert (summary.indexed, summary.recleaned) == (1, 3)
    assert summary.updated + summary.unchanged == 3
    assert PODCAST not in body(index_dir, "markt/apfel")
    assert evidence_store.load(index_dir).cleaner == recleaning.CLEANER_VERSION

    # A page whose file is gone is left as it is.
    (tmp_path / "archiv" / "markt" / "apfel.txt").unlink()
    monkeypatch.setattr(recleaning, "CLEANER_VERSION", recleaning.CLEANER_VERSION + 1)
    summary = index_paths(index_dir, [tmp_path / "neu"])
    assert summary.recleaned == 2
    assert "Die Preise für Apfel" in body(index_dir, "markt/apfel")


def test_a_changed_cleaner_gathers_the_stored_pages_evidence_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    for word in WORDS[:4]:
        write_page(tmp_path / "archiv" / "markt", word)
    index_paths(index_dir, [tmp_path / "archiv"])
    # Evidence kept by a cleaner that keyed the source's lines otherwise (here: not at all).
    store = evidence_store.load(index_dir)
    store.gatherer.lines.clear()
    evidence_store.save(index_dir, store)
    assert not evidence_store.load(index_dir).evidence().pages("markt", PODCAST)
    write_page(tmp_path / "neu" / "hof", WORDS[5])

    monkeypatch.setattr(recleaning, "CLEANER_VERSION", recleaning.CLEANER_VERSION + 1)
    index_paths(index_dir, [tmp_path / "neu"])
    assert evidence_store.load(index_dir).evidence().pages("markt", PODCAST) == 4


def test_an_edited_page_no_longer_counts_with_its_old_text(tmp_path: Path) -> None:
    index_dir = tmp_path / "index"
    folder = tmp_path / "archiv" / "markt"
    for word in WORDS[:2]:
        write_page(folder, word)
    index_paths(index_dir, [tmp_path / "archiv"])
    # Edit a page three times: still two pages, the line still no chrome.
    for n in range(3):
        page = folder / "apfel.txt"
        page.write_text(page.read_text(encoding="utf-8").replace("Herbst", f"Herbst{n}"), "utf-8")
        index_paths(index_dir, [tmp_path / "archiv"])
    assert PODCAST in body(index_dir, "markt/birne")


def test_the_kept_evidence_reads_back_as_it_was_saved(tmp_path: Path) -> None:
    for word in WORDS[:4]:
        write_page(tmp_path / "archiv" / "markt", word)
    index_paths(tmp_path / "index", [tmp_path / "archiv"])
    kept = evidence_store.load(tmp_path / "index")
    evidence_store.save(tmp_path, kept)
    again = evidence_store.load(tmp_path)
    assert again.evidence() == kept.evidence()
    assert (again.pages, again.suspects, again.cleaner) == (kept.pages, kept.suspects, kept.cleaner)
    assert kept.evidence().pages("markt", PODCAST) == 4
    assert evidence_store.load(tmp_path / "nothing-here").pages == {}


@pytest.mark.parametrize(
    ("second", "workers", "cleaned_again"),
    [
        ("zwei", 1, ["markt/apfel", "markt/birne"]),
        # The process lets go of the evidence once the workers are forked with it.
        ("zwei", 2, ["markt/apfel", "markt/birne"]),
        ("eins", 1, []),
    ],
)
def test_the_pages_to_clean_again_are_known_once_the_evidence_is_gathered(
    tmp_path: Path, second: str, workers: int, cleaned_again: list[str]
) -> None:
    index_dir = tmp_path / "index"
    for word in WORDS[:2]:
        write_page(tmp_path / "eins" / "markt", word)
    for word in WORDS[2:4]:
        write_page(tmp_path / "zwei" / "markt", word)
    index_paths(index_dir, [tmp_path / "eins"])
    run = recleaning.RunEvidence(index_dir)
    run.gather([tmp_path / second])
    # What only that choice needed is let go: the evidence before the run, its ids.
    assert not run.before and not run.seen
    assert [record.id for record in run.again()] == cleaned_again
    summary = index_paths(index_dir, [tmp_path / second], workers=workers)
    assert summary.recleaned == len(cleaned_again)
    for article in cleaned_again:
        assert PODCAST not in body(index_dir, article)


def write_articles(path: Path, ids: list[str]) -> None:
    """Write a JSON-lines file of articles (no pages: they need no evidence to be cleaned)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [
        f'{{"id": "{i}", "title": "Titel {i}", "body": "Der Text von {i} ist kurz."}}' for i in ids
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.mark.parametrize(
    ("folders", "before_gathered"),
    [
        # Articles only: each is passed on as it is read, the evidence gathered meanwhile.
        (["artikel"], ["a1", "a2", "a3"]),
        # Articles, then pages: the articles before the first page go on at once; the
        # pages wait until the evidence of the whole input is gathered.
        (["artikel", "seiten"], ["a1", "a2", "a3"]),
        # Pages first: nothing goes on before the evidence is gathered.
        (["seiten", "artikel"], []),
    ],
)
def test_records_before_the_first_page_go_on_while_the_evidence_is_gathered(
    tmp_path: Path, folders: list[str], before_gathered: list[str]
) -> None:
    write_articles(tmp_path / "artikel" / "a.jsonl", ["a1", "a2", "a3"])
    for word in WORDS[:3]:
        write_page(tmp_path / "seiten" / "markt", word)
    paths = [tmp_path / folder for folder in folders]
    run = recleaning.RunEvidence(tmp_path / "index")
    done: list[bool] = []
    yielded: list[tuple[str, bool]] = []
    for record in run.stream(readers.read_paths(paths), paths, lambda: done.append(True)):
        assert not isinstance(record, readers.Skipped)
        yielded.append((record.id, bool(done)))
    # Every record, in the order of the input, each once; the evidence gathered once.
    assert [i for i, _ in yielded] == [
        r.id for r in readers.read_paths(paths) if not isinstance(r, readers.Skipped)
    ]
    assert done == [True]
    assert [i for i, gathered in yielded if not gathered] == before_gathered
    # The evidence is that of the whole input, whatever went on before it was complete.
    whole = recleaning.RunEvidence(tmp_path / "index")
    whole.gather(paths)
    assert run.evidence == whole.evidence
