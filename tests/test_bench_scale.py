"""The scale benchmark's inputs: headlines one per URL, sized archives, files both engines read."""

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "scale.py"


@pytest.fixture(scope="module")
def scale():
    spec = importlib.util.spec_from_file_location("bench_scale", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_spread_takes_evenly_and_all_when_short(scale):
    assert scale.spread(list(range(10)), 5) == [0, 2, 4, 6, 8]
    assert scale.spread([1, 2], 5) == [1, 2]


def test_sized_repeats_real_articles_with_new_ids(scale):
    real = [{"id": f"a{i}", "body": f"text {i}"} for i in range(4)]
    articles, repeats = scale.sized(real, 11)
    assert repeats == 7
    ids = [a["id"] for a in articles]
    assert len(set(ids)) == 11
    assert ids[:4] == ["a0", "a1", "a2", "a3"]
    assert ids[4:8] == ["a0~copy1", "a1~copy1", "a2~copy1", "a3~copy1"]
    assert ids[8:] == ["a0~copy2", "a1~copy2", "a2~copy2"]
    assert articles[5]["body"] == "text 1"
    assert scale.sized(real, 3) == (real[:3], 0)


def test_headlines_one_per_url(scale, tmp_path):
    header = '"","outlet","category","title","date","month","year","url"\n'
    (tmp_path / "KlimaSZ.csv").write_text(
        header
        + '"1","SZ","Klima","Hitze im Juni",2019-06-30,6,2019,"https://sz.de/a"\n'
        + '"2","SZ","Klima","Dürre",2019-07-01,7,2019,"https://sz.de/b"\n',
        encoding="utf-8",
    )
    (tmp_path / "UkraineSZ.CSV").write_text(
        header + '"1","SZ","Ukraine","Hitze im Juni",2019-06-30,6,2019,"https://sz.de/a"\n',
        encoding="utf-8",
    )
    headlines, rows = scale.read_headlines(tmp_path)
    assert rows == 3
    assert [h["title"] for h in headlines] == ["Hitze im Juni", "Dürre"]
    assert headlines[0]["source"] == "SZ" and headlines[0]["date"] == "2019-06-30"


def test_both_engines_read_the_same_articles(scale, tmp_path):
    from index.readers import read_paths

    articles = [
        {"id": "c1", "title": "Hafen", "body": "Der Hamburger Hafen wächst.\nZweite Zeile."},
        {"id": "hl-1", "title": "Kohleausstieg beschlossen", "date": "2020-01-16"},
    ]
    paths = scale.write_input(tmp_path, articles)
    assert [Path(p).name for p in paths] == ["articles.jsonl", "headlines.csv"]
    assert list(scale.baseline_records(paths)) == [
        ("c1", "Hafen", "Der Hamburger Hafen wächst.\nZweite Zeile."),
        ("hl-1", "Kohleausstieg beschlossen", ""),
    ]
    records = [r for r in read_paths(paths) if hasattr(r, "id")]
    assert [(r.id, r.title) for r in records] == [
        ("c1", "Hafen"),
        ("hl-1", "Kohleausstieg beschlossen"),
    ]


def test_percentile_nearest_rank(scale):
    values = [float(v) for v in range(1, 101)]
    assert scale.percentile(values, 50) == 50.0
    assert scale.percentile(values, 95) == 95.0
    assert scale.percentile(values, 99) == 99.0
