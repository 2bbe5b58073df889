"""Preparing a record: cleaned, hashed, its language detected, recognised when unchanged."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from indexes import Archive

from index import language
from index.build import index_paths
from index.prepare import (
    Article,
    Unchanged,
    Written,
    body_hash,
    folded_body_hash,
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
    [(result, fields)] = work([(FAEHRE, None)])
    article = prepare(FAEHRE)
    assert isinstance(article, Article) and fields is not None
    # The texts travel once, in the document; the books keep the id, hashes and sketch.
    assert result == Written(article.id, article.body_hash, article.signature, None)
    assert fields == article.document()
    assert fields["body"] == FAEHRE.body and fields["body_hash"] == result.body_hash
    skipped = Skipped("a.jsonl:3", "empty article id")
    assert work([skipped]) == [(skipped, None)]
    assert prepare_item(skipped) is skipped


def _record(n: int, title: str, body: str = "", hint: str | None = None) -> RawRecord:
    return RawRecord(
        id=f"r{n}", title=title, body=body, lang_hint=hint, origin=f"a.jsonl:{n}", kind="jsonl"
    )


# A chunk as the workers get it: articles German by their words, others langdetect decides
# (headlines of neighbouring languages, other scripts), too short ones with and without a
# hint, one without features, an unchanged one and one to skip.
CHUNK = [
    (_record(0, "Neue Fähre", FAEHRE.body), None),
    (_record(1, "Van der Bellen trifft Rutte in Den Haag"), None),
    (_record(2, "The council votes on the new school plans today"), None),
    (_record(3, "Opel Astra Sports Tourer im Test"), None),
    (_record(4, "Tor!", hint="de"), None),
    (_record(5, "Tor!"), None),
    (_record(6, "Москва и Киев ведут переговоры о прекращении огня"), None),
    (_record(7, "Le conseil municipal s'est réuni mardi soir pour discuter"), None),
    (_record(8, "1234567890 1234567890 1234567890 ----- ///// ok"), None),
    Skipped("a.jsonl:9", "empty article id"),
    (_record(10, "Skandinavien: Norrland, Sverige och Danmark"), None),
]


def test_work_on_a_chunk_answers_as_each_record_alone() -> None:
    known = prepare(_record(11, "Kabinett beschließt Reform der Grundsteuer"))
    assert isinstance(known, Article)
    chunk: list[Any] = [
        *CHUNK,
        (_record(11, "Kabinett beschließt Reform der Grundsteuer"), known.fingerprint),
    ]
    together = work(chunk)
    alone = [work([item])[0] for item in chunk]
    assert together == alone
    langs = [f["lang"] for _, f in together if f is not None]
    assert {"de", "en", "ru", "fr", "unknown"} <= set(langs)
    assert isinstance(together[-1][0], Unchanged)
    for item, (_, fields) in zip(chunk, together, strict=True):
        if fields is not None:
            article = prepare(*item)
            assert isinstance(article, Article)
            assert (fields["lang"], fields["lang_prob"]) == (article.lang, article.lang_prob)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Die Fähre  fährt.", "die fähre fährt.", True),
        ("Die Fähre fährt.", "Die Fähre fährt nicht.", False),
    ],
)
def test_body_hash_ignores_case_and_spacing_only(a: str, b: str, same: bool) -> None:
    assert (body_hash(a) == body_hash(b)) is same


@pytest.mark.parametrize("text", ["", "Die Fähre  fährt.", "STRASSE Straße", "İstanbul\n\tx"])
def test_body_hash_of_a_folded_body_is_the_bodys(text: str) -> None:
    assert folded_body_hash(text.casefold()) == body_hash(text)


def test_unchanged_article_skips_language_detection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    index_dir = tmp_path / "index"
    index_paths(index_dir, [DEMO], workers=1)
    calls: list[str] = []
    detect_many = language.detect_many

    def counting(texts: list[str], hints: list[str | None]) -> list[tuple[str, float]]:
        calls.extend(texts)
        return detect_many(texts, hints)

    monkeypatch.setattr(language, "detect_many", counting)
    assert index_paths(index_dir, [DEMO], workers=1).unchanged == 45
    assert calls == []

    # A new detection method makes every article's language be detected again.
    monkeypatch.setattr(language, "METHOD", language.METHOD + "/other")
    rerun = index_paths(index_dir, [DEMO], workers=1)
    assert (rerun.updated, rerun.unchanged) == (45, 0)
    assert len(calls) == 45
    assert Archive(index_dir).stats()["languages"] == {"de": 40, "en": 5}
