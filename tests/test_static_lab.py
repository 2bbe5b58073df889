"""bench/static_lab.py: the archive's words counted, texts embedded from a word table."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest
from helpers import ROOT


def _load_module():
    spec = importlib.util.spec_from_file_location("static_lab", ROOT / "bench" / "static_lab.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["static_lab"] = module
    spec.loader.exec_module(module)
    return module


lab = _load_module()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Zahl der Suizide steigt.", ["die", "zahl", "der", "suizide", "steigt"]),
        ("CDU-Politiker (91-Jährige) sagt's", ["cdu-politiker", "91-jährige", "sagt's"]),
        ("Überschwemmungen: 2020!", ["überschwemmungen", "2020"]),
        (" - ", []),
    ],
)
def test_words_of(text: str, expected: list[str]) -> None:
    assert lab.words_of(text) == expected


def _corpus(tmp_path: Path) -> Path:
    docs = [
        {"id": "a", "title": "Hochwasser in Bayern", "body": "Die Pegel steigen."},
        {"id": "b", "title": "Pegel", "body": "Die pegel fallen. " + "Wort " * 70 + "Spät"},
        {"id": "c", "title": None, "body": "Die Pegel bleiben."},
    ]
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in docs), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("min_df", "word", "kept", "spelling", "df"),
    [
        (3, "pegel", True, "Pegel", 3),  # the most frequent spelling
        (3, "die", True, "Die", 3),
        (3, "hochwasser", True, "Hochwasser", 1),  # in a lead: kept however rare
        (3, "spät", False, None, None),  # past the lead and rare
        (1, "spät", True, "Spät", 1),
    ],
)
def test_count_words(
    tmp_path: Path, min_df: int, word: str, kept: bool, spelling: str | None, df: int | None
) -> None:
    out = tmp_path / "words.tsv"
    lab.count_words(str(_corpus(tmp_path)), str(out), min_df)
    n, keys, spellings, dfs = lab.read_words(str(out))
    assert n == 3
    assert (word in keys) == kept
    if kept:
        i = keys.index(word)
        assert (spellings[i], dfs[i]) == (spelling, df)


def _table(tmp_path: Path) -> Path:
    # Three words along three axes, around a common direction every encoder vector shares.
    common = np.array([0.0, 0.0, 0.0, 5.0], dtype=np.float32)
    v = np.array([[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0]], dtype=np.float32) + common
    path = tmp_path / "table.npz"
    keys = np.array(["pegel", "hochwasser", "die"])
    np.savez(path, keys=keys, V=v, df=np.array([10, 1, 100]), n=np.array(100))
    return path


@pytest.mark.parametrize(
    ("weight", "text", "expected"),
    [
        ("none", "Pegel", [2 / 3, -1 / 3, -1 / 3]),  # centred: the common direction gone
        ("idf", "Die Pegel", [2 / 3, -1 / 3, -1 / 3]),  # "die" in every article weighs 0
        ("none", "Die Pegel", [1 / 3, -2 / 3, 1 / 3]),
        ("sif", "Hochwasser", [-1 / 3, 2 / 3, -1 / 3]),
    ],
)
def test_table_embed(tmp_path: Path, weight: str, text: str, expected: list[float]) -> None:
    table = lab.Table(str(_table(tmp_path)), 0, weight)
    want = np.array([*expected, 0.0])
    got = table.embed(text)
    assert np.allclose(got, want / np.linalg.norm(want), atol=1e-3)


@pytest.mark.parametrize(
    ("text", "lacking", "embedded"),
    [("Pegel steigen", 1, True), ("steigen", 1, False), ("", 0, False)],
)
def test_table_lacking(tmp_path: Path, text: str, lacking: int, embedded: bool) -> None:
    table = lab.Table(str(_table(tmp_path)), 0, "none")
    assert (table.embed(text) is not None) == embedded
    assert table.lacking == lacking


def test_table_pca_project(tmp_path: Path) -> None:
    table = lab.Table(str(_table(tmp_path)), 2, "none")
    assert table.rows.shape == (3, 2) and table.rows.dtype == np.float16
    # A full encoder's vector projected as the rows: the word's own row, as a unit vector.
    raw = np.load(_table(tmp_path))["V"][0]
    row = table.rows[0].astype(np.float32)
    assert np.allclose(table.project(raw), row / np.linalg.norm(row), atol=1e-3)


@pytest.mark.parametrize("alpha", [1e-6, 1e-3])
def test_ridge_recovers_a_map(alpha: float) -> None:
    rng = np.random.default_rng(1)
    x = rng.normal(size=(200, 4))
    w = rng.normal(size=(4, 3))
    assert np.allclose(lab._ridge(x, x @ w, alpha), w, atol=1e-2)


@pytest.mark.parametrize(
    ("mapping", "expected"),
    [(None, [1.0, 0.0, 0.0, 0.0]), (np.diag([0.0, 1.0, 1.0, 1.0]), None)],
)
def test_table_mapped(tmp_path: Path, mapping, expected) -> None:
    table = lab.Table(str(_table(tmp_path)), 0, "none")
    table.map = mapping
    got = table.mapped(np.array([1.0, 0.0, 0.0, 0.0]))
    if expected is None:
        assert got is None  # mapped to nothing: no vector
    else:
        assert np.allclose(got, expected)
