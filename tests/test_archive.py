"""The open archive (search.archive): one shared commit, replaced after a commit."""

from __future__ import annotations

from pathlib import Path

from index.build import index_paths
from search.archive import Archive
from search.request import SearchLimits


def test_new_articles_show_up_after_a_commit(tmp_path) -> None:
    # The searcher is refreshed after a commit: no reopening, no restart.
    (tmp_path / "a.jsonl").write_text(
        '{"id": "one", "title": "Erster Artikel", "body": "Der Stadtrat tagte lange über '
        'die neue Brücke am Rhein und vertagte sich."}\n',
        encoding="utf-8",
    )
    index_paths(tmp_path / "ix", [tmp_path / "a.jsonl"])
    archive = Archive(tmp_path / "ix")
    assert archive.search("Rheinbrücke Stadtrat").total == 1
    assert archive.search("Zeppelin").total == 0
    (tmp_path / "b.jsonl").write_text(
        '{"id": "two", "body": "Ein Zeppelin landete am Bodensee vor vielen Zuschauern, die '
        'lange gewartet hatten."}\n',
        encoding="utf-8",
    )
    index_paths(tmp_path / "ix", [tmp_path / "b.jsonl"])
    assert [h.id for h in archive.search("Zeppelin").hits] == ["two"]


def test_one_commit_for_every_request_until_the_index_changes(news_index: Path) -> None:
    archive = Archive(news_index)
    commit = archive.commit()
    archive.search("Hafen")
    assert archive.commit() is commit and archive.searcher() is commit.searcher
    archive.close()
    assert archive.commit() is not commit


def test_limits_and_weights_are_the_archives(news_index: Path) -> None:
    limits = SearchLimits(default_page_size=3, max_page_size=5)
    archive = Archive(news_index, field_boosts={"title": 0, "caption": 0, "body": 1}, limits=limits)
    assert len(archive.search("Hafen").hits) == 3
    # Weighted 0 a part is not searched: "Flüchtlinge" is in 4 titles and 7 bodies.
    titles_only = Archive(news_index, field_boosts={"title": 1, "caption": 0, "body": 0})
    assert titles_only.search("Flüchtlinge").total == 4
    assert archive.search("Flüchtlinge").total == 7
