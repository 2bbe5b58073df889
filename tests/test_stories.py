"""Story groups: copies and near-copies of one text form one group, incrementally."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from index.build import index_paths
from index.quality import quality_flags
from index.stories import load, load_groups, similarity, sketch
from search.archive import Archive
from search.filters import Filters

AGENCY = [
    "Die Bundesregierung hat sich nach monatelangem Streit auf ein neues Gesetz zur Förderung "
    "von Wärmepumpen geeinigt. Hausbesitzer sollen künftig bis zu siebzig Prozent der Kosten "
    "erstattet bekommen, wenn sie eine alte Öl- oder Gasheizung ersetzen.",
    "Die Förderung soll nach Einkommen gestaffelt werden. Haushalte mit einem zu versteuernden "
    "Einkommen von weniger als vierzigtausend Euro erhalten einen zusätzlichen Bonus von "
    "dreißig Prozent. Die Kommunen müssen bis zum Jahr 2028 eine Wärmeplanung vorlegen.",
    "Verbraucherschützer begrüßten die Einigung, kritisierten aber die kurzen Fristen. "
    "Handwerksbetriebe warnten vor Engpässen bei der Installation, weil Fachkräfte fehlen. "
    "Der Bundestag soll das Gesetz noch vor der Sommerpause beschließen.",
]
OTHER = (
    "Der Stadtrat hat am Donnerstag beschlossen, im Rathaus eine neue Heizung einzubauen. "
    "Die alte Gasheizung stammt aus den siebziger Jahren und fällt regelmäßig aus. Künftig "
    "soll eine Wärmepumpe das Gebäude heizen, unterstützt von einer Photovoltaikanlage auf "
    "dem Dach. Die Kosten von rund 800.000 Euro trägt zum Teil das Land. Die Opposition "
    "hätte lieber einen Anschluss an das Fernwärmenetz gesehen, das in der Nähe verläuft."
)


def _article(article_id: str, source: str, paragraphs: list[str], date: str = "2024-03-01"):
    return {
        "id": article_id,
        "source": source,
        "date": date,
        "title": "Einigung beim Heizungsgesetz",
        "body": "\n".join(paragraphs),
    }


ORIGINAL = _article("dpa-1", "dpa", AGENCY)
COPY = _article("zeitung-a", "zeitung-a", AGENCY)
# The same agency text with its own first paragraph and a footer of the outlet.
EDITED = _article(
    "zeitung-b",
    "zeitung-b",
    [
        "Berlin. Nach langem Ringen gibt es eine Einigung beim umstrittenen Heizungsgesetz.",
        *AGENCY[1:],
        "Mehr zum Thema lesen Sie in unserer Wochenendausgabe.",
    ],
    "2024-03-02",
)
SAME_TOPIC = _article("stadt-1", "stadtanzeiger", [OTHER])


def _index(tmp_path: Path, *articles: dict, name: str = "a.jsonl") -> Path:
    folder = tmp_path / "archive"
    folder.mkdir(exist_ok=True)
    with open(folder / name, "w", encoding="utf-8") as f:
        for a in articles:
            f.write(json.dumps(a, ensure_ascii=False) + "\n")
    index_dir = tmp_path / "index"
    index_paths(index_dir, [folder])
    return index_dir


def test_copies_and_near_copies_form_one_group(tmp_path: Path) -> None:
    index_dir = _index(tmp_path, ORIGINAL, COPY, EDITED, SAME_TOPIC)
    stories = load(index_dir)
    assert stories.sizes() == [("dpa-1", 3)]
    assert stories.group("zeitung-b") == "dpa-1" and stories.group("stadt-1") == "stadt-1"
    hits = Archive(index_dir).search("Wärmepumpen Förderung Gesetz").hits
    (story,) = [h for h in hits if h.group == "dpa-1"]
    assert story.group_size == 3
    assert {story.id} | {c["id"] for c in story.also_in} == {"dpa-1", "zeitung-a", "zeitung-b"}
    assert "stadt-1" in [h.id for h in hits]  # same topic, another story: its own hit


def test_a_new_article_joins_its_group_without_reindexing(tmp_path: Path) -> None:
    index_dir = _index(tmp_path, ORIGINAL, SAME_TOPIC)
    assert load(index_dir).sizes() == []
    folder = tmp_path / "archive"
    with open(folder / "b.jsonl", "w", encoding="utf-8") as f:
        f.write(json.dumps(EDITED, ensure_ascii=False) + "\n")
    summary = index_paths(index_dir, [folder])
    assert (summary.indexed, summary.unchanged, summary.stories) == (1, 2, 1)
    assert load(index_dir).sizes() == [("dpa-1", 2)]


def test_a_changed_article_leaves_its_group(tmp_path: Path) -> None:
    index_dir = _index(tmp_path, ORIGINAL, EDITED)
    assert load(index_dir).sizes() == [("dpa-1", 2)]
    rewritten = dict(EDITED, body=OTHER.replace("Stadtrat", "Kreistag"))
    _index(tmp_path, ORIGINAL, rewritten)
    stories = load(index_dir)
    assert stories.sizes() == [] and stories.group("zeitung-b") == "zeitung-b"


def test_grouping_off_shows_every_member(tmp_path: Path) -> None:
    index_dir = _index(tmp_path, ORIGINAL, COPY, EDITED)
    archive = Archive(index_dir)
    assert archive.search("Heizungsgesetz").total == 1
    assert archive.search("Heizungsgesetz", collapse=False).total == 3


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        (AGENCY, AGENCY, True),
        (AGENCY, EDITED["body"].split("\n"), True),
        (AGENCY, AGENCY[:2], True),
        (AGENCY, [OTHER], False),
        (AGENCY, [AGENCY[0]], False),
    ],
)
def test_similarity_of_pairs(a: list[str], b: list[str], near: bool) -> None:
    from index.stories import THRESHOLD

    sa, sb = sketch("\n".join(a)), sketch("\n".join(b))
    if sb is None:
        assert not near  # too short to compare: only exact copies are grouped
        return
    assert (similarity(sa, sb) >= THRESHOLD) is near


@pytest.mark.parametrize(
    ("date", "lang", "prob", "flags"),
    [
        ("2024-01-01", "de", 0.99, []),
        (None, "de", 0.99, ["date-missing"]),
        ("2999-01-01", "de", 0.99, ["date-future"]),
        ("1850-05-01", "en", 0.5, ["date-before-1900", "lang-uncertain"]),
        ("2024-01-01", "unknown", 0.0, ["lang-unknown"]),
    ],
)
def test_quality_flags(date: str | None, lang: str, prob: float, flags: list[str]) -> None:
    from datetime import datetime

    day = datetime.fromisoformat(date) if date else None
    assert quality_flags(day, lang, prob, now=datetime(2026, 1, 1)) == flags


def test_flags_are_facets_filters_and_counted(news) -> None:
    undated = "weserbote/ohne-datum_stadtbibliothek"
    assert news.article(undated).flags == ["date-missing"]
    result = news.search("", filters=Filters.make(flag=["date-missing"]))
    assert [h.id for h in result.hits] == [undated]
    facets = news.search("Stadtbibliothek Sonntag", extras=["facets"]).facets
    assert {"value": "date-missing", "count": 1, "selected": False} in facets["flag"]
    stats = news.stats()
    assert stats["flags"]["date-missing"] == 1
    assert stats["extractors"] == {"page": 45, "jsonl": 4}


def test_thread_follows_the_story_later_in_time(news) -> None:
    view = news.article("nordkurier-digital/2023-09-13_kim-putin-gipfel")
    assert [t["id"] for t in view.thread] == [
        "nordkurier-digital/2023-11-20_waffenlieferungen-nordkorea",
        "rheinblick/2024-06-19_putin-besucht-pjoengjang",
    ]
    last = news.article("rheinblick/2024-06-19_putin-besucht-pjoengjang")
    assert all(t["date"] > "2024-06-19" for t in last.thread)


def test_article_page_shows_thread_and_flags(news_client) -> None:
    html = news_client.get("/articles/nordkurier-digital/2023-09-13_kim-putin-gipfel").get_data(
        as_text=True
    )
    assert "Wie es weiterging" in html and "2023-11-20_waffenlieferungen-nordkorea" in html
    page = news_client.get("/articles/weserbote/ohne-datum_stadtbibliothek").get_data(as_text=True)
    assert "ohne Datum" in page
    data = news_client.get("/api/articles/weserbote/ohne-datum_stadtbibliothek").get_json()
    assert data["flags"] == ["date-missing"] and data["extractor"] == "jsonl"


def test_groups_for_searching_are_those_kept(tmp_path: Path) -> None:
    index_dir = _index(tmp_path, ORIGINAL, COPY, EDITED, SAME_TOPIC)
    kept, light = load(index_dir), load_groups(index_dir)
    assert light.group_of == kept.group_of
    assert light.members == {"dpa-1": {"dpa-1", "zeitung-a", "zeitung-b"}}
    assert light.signatures == {} and light.hashes == {}


def test_groups_of_an_older_sketch_version_are_made_anew_by_the_next_run(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from index import stories as story_module

    index_dir = _index(tmp_path, ORIGINAL, COPY, EDITED, SAME_TOPIC)
    older = load(index_dir)
    older.version = story_module.VERSION - 1
    story_module.save(index_dir, older)
    with caplog.at_level("WARNING"):
        assert load_groups(index_dir).members == {}
    assert "re-indexed" in caplog.text and str(index_dir) in caplog.text
    summary = index_paths(index_dir, [tmp_path / "archive"])
    assert summary.unchanged == 4 and summary.stories == 1
    assert load(index_dir).version == story_module.VERSION
    assert load_groups(index_dir).members == {"dpa-1": {"dpa-1", "zeitung-a", "zeitung-b"}}


def _bands(lsh) -> tuple[dict, list[dict]]:
    return dict(lsh.keys._dict), [dict(table._dict) for table in lsh.hashtables]


@pytest.mark.parametrize(
    "bodies",
    [
        ["\n".join(AGENCY)],
        ["\n".join(AGENCY), "\n".join(AGENCY), OTHER],
        ["\n".join(AGENCY), "\n".join(EDITED["body"].split("\n")), OTHER, AGENCY[0] * 3],
    ],
)
def test_band_keys_file_and_find_as_datasketch_does(bodies: list[str]) -> None:
    from index.datasketch_lsh import band_keys, insert, new_lsh, new_minhash, query
    from index.stories import THRESHOLD

    theirs, ours = new_lsh(THRESHOLD), new_lsh(THRESHOLD)
    for n, body in enumerate(bodies):
        signature = sketch(body)
        assert signature is not None
        keys = band_keys(ours, signature)
        assert query(ours, keys) == theirs.query(new_minhash(signature))
        theirs.insert(f"a{n}", new_minhash(signature))
        insert(ours, f"a{n}", keys)
        assert _bands(ours) == _bands(theirs)
        assert ours._minhash_scheme == theirs._minhash_scheme
    with pytest.raises(ValueError, match="already exists"):
        insert(ours, "a0", band_keys(ours, sketch(bodies[0])))
