"""Preparing a record: cleaned, hashed, its language detected, recognised when unchanged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from indexes import Archive

import index.prepare
from index import language
from index.build import index_paths
from index.prepare import (
    Article,
    Unchanged,
    Written,
    body_hash,
    prepare,
    prepare_item,
    work,
)
from index.readers import RawRecord, Skipped

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "demo" / "archive"
FAEHRE = RawRecord(
    id="x",
    body="Die Fähre pendelt seit Montag zwischen Altstadt und Hafenviertel.",
    origin="k.jsonl:1",
    kind="jsonl",
    title="Neue Fähre",
    date=datetime(2024, 3, 1),
    source="Rheinblick",
)


def test_prepare_returns_unchanged_for_a_known_fingerprint() -> None:
    article = prepare(FAEHRE)
    assert isinstance(article, Article)
    assert (article.lang, len(article.fingerprint), len(article.body_hash)) == ("de", 40, 40)
    assert prepare(FAEHRE, known=article.fingerprint) == Unchanged("x")
    changed = RawRecord(**{**FAEHRE.__dict__, "body": FAEHRE.body + " Neu."})
    assert isinstance(prepare(changed, known=article.fingerprint), Article)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (RawRecord(id="e", body="   ", origin="k.jsonl:2", kind="jsonl"), "no article text"),
        (RawRecord(id="p", body="\n\n", origin="p.txt", kind="page"), "no article text"),
    ],
)
def test_a_record_without_text_is_skipped(record: RawRecord, expected: str) -> None:
    skipped = prepare(record)
    assert isinstance(skipped, Skipped)
    assert skipped.origin == record.origin and expected in skipped.reason


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("id", "x"),
        ("title", "Neue Fähre"),
        ("source", "Rheinblick"),
        ("origin", "k.jsonl:1"),
        ("lang", "de"),
        ("year", 2024),
        ("title_de", "Neue Fähre"),
        ("body_de", FAEHRE.body),
        ("flag", None),
    ],
)
def test_the_document_holds_the_stored_and_language_fields(field: str, value: Any) -> None:
    article = prepare(FAEHRE)
    assert isinstance(article, Article)
    assert article.document().get(field) == value


def test_work_hands_back_the_books_and_the_document() -> None:
    result, fields = work((FAEHRE, None))
    article = prepare(FAEHRE)
    assert isinstance(article, Article) and fields is not None
    # The texts travel once, in the document; the books keep the id, hashes and sketch.
    assert result == Written(article.id, article.body_hash, article.signature, None)
    assert fields == article.document()
    assert fields["body"] == FAEHRE.body and fields["body_hash"] == result.body_hash
    skipped = Skipped("a.jsonl:3", "empty article id")
    assert work(skipped) == (skipped, None)
    assert prepare_item(skipped) is skipped


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Die Fähre  fährt.", "die fähre fährt.", True),
        ("Die Fähre fährt.", "Die Fähre fährt nicht.", False),
    ],
)
def test_body_hash_ignores_case_and_spacing_only(a: str, b: str, same: bool) -> None:
    assert (body_hash(a) == body_hash(b)) is same


def test_unchanged_article_skips_language_detection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    index_paths(index_dir, [DEMO], workers=1)
    calls: list[str] = []
    detect = index.prepare.detect_language

    def counting(cleaned: Any, hint: str | None) -> tuple[str, float]:
        calls.append(cleaned.title)
        return detect(cleaned, hint)

    monkeypatch.setattr(index.prepare, "detect_language", counting)
    assert index_paths(index_dir, [DEMO], workers=1).unchanged == 45
    assert calls == []

    # A new detection method makes every article's language be detected again.
    monkeypatch.setattr(language, "METHOD", language.METHOD + "/other")
    rerun = index_paths(index_dir, [DEMO], workers=1)
    assert (rerun.updated, rerun.unchanged) == (45, 0)
    assert len(calls) == 45
    assert Archive(index_dir).stats()["languages"] == {"de": 40, "en": 5}
