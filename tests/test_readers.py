"""Tests for index.readers: pages, HTML, JSONL and CSV files turned into raw records."""

from __future__ import annotations

import gzip
import json
from datetime import datetime
from pathlib import Path

import pytest

from index import decoding
from index.readers import RawRecord, ReadStats, Skipped, read_paths, url_id

PAGE = "Neuer Radweg am Rhein\n\nDie Stadt baut einen Radweg entlang des Ufers.\n"
HTML = (
    "<html lang='de'><head><title>Radweg</title></head><body><article>"
    "<h1>Neuer Radweg am Rhein</h1><p>Die Stadt baut einen Radweg entlang des Ufers.</p>"
    "</article></body></html>"
)
# Windows-1252 has „ “ and € where Latin-1 has control codes.
CP1252_TEXT = (
    "Größere Straßenbahn für Köln: „Wir sparen Fahrzeit“, sagt die Verkehrsdezernentin. 5 €"
)


def write(path: Path, data: str | bytes) -> Path:
    """Write a file (creating its folders): str as UTF-8, bytes as given."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_bytes(data.encode("utf-8"))
    else:
        path.write_bytes(data)
    return path


def read(*paths: Path | str) -> tuple[list[RawRecord], list[Skipped]]:
    """Read the paths; return the records and the skips, in order."""
    out = list(read_paths(paths))
    records = [r for r in out if isinstance(r, RawRecord)]
    skipped = [s for s in out if isinstance(s, Skipped)]
    assert len(records) + len(skipped) == len(out)
    return records, skipped


def jsonl(*lines: dict | str) -> str:
    """Build JSONL text: dicts are dumped (non-ASCII kept raw), strings are taken as is."""
    return "".join(
        (json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else x) + "\n" for x in lines
    )


# -- pages: ids, dates, sources --------------------------------------------------------


@pytest.mark.parametrize(
    ("rel", "content", "expected_id"),
    [
        ("2023-11-20_radweg.txt", PAGE, "2023-11-20_radweg"),
        ("sub/name.txt", PAGE, "sub/name"),
        ("rheinblick/2021/04/name.txt", PAGE, "rheinblick/2021/04/name"),
        ("BERICHT.TXT", PAGE, "BERICHT"),
        ("sub/seite.html", HTML, "sub/seite"),
        ("sub/seite.htm", HTML, "sub/seite"),
        ("sub/seite.html.gz", gzip.compress(HTML.encode()), "sub/seite"),
        ("seite.v2.html.gz", gzip.compress(HTML.encode()), "seite.v2"),
    ],
)
def test_page_id_is_relative_path_without_extension(
    tmp_path: Path, rel: str, content: str | bytes, expected_id: str
) -> None:
    write(tmp_path / "archiv" / rel, content)
    records, skipped = read(tmp_path / "archiv")
    assert skipped == []
    [record] = records
    assert record.id == expected_id
    assert record.origin == str(tmp_path / "archiv" / rel)


@pytest.mark.parametrize(
    ("name", "kind", "extractor"),
    [("a.txt", "page", "page"), ("a.html", "html", "trafilatura")],
)
def test_page_kind(tmp_path: Path, name: str, kind: str, extractor: str) -> None:
    write(tmp_path / name, HTML if name.endswith(".html") else PAGE)
    [record] = read(tmp_path)[0]
    assert (record.kind, record.extractor) == (kind, extractor)


def test_html_gz_is_decompressed(tmp_path: Path) -> None:
    write(tmp_path / "seite.html.gz", gzip.compress(HTML.encode()))
    [record] = read(tmp_path)[0]
    assert record.body == HTML


@pytest.mark.parametrize(
    ("rel", "date"),
    [
        ("2023-11-20_radweg.txt", datetime(2023, 11, 20)),
        ("1999-01-31_silvester.txt", datetime(1999, 1, 31)),
        ("2024-02-29.txt", datetime(2024, 2, 29)),
        ("rheinblick/2020-05-16_geisterspiele.txt", datetime(2020, 5, 16)),
        ("radweg.txt", None),
        ("20231120_radweg.txt", None),
        ("2023-02-30_kein-tag.txt", None),
    ],
)
def test_date_from_file_name(tmp_path: Path, rel: str, date: datetime | None) -> None:
    write(tmp_path / rel, PAGE)
    [record] = read(tmp_path)[0]
    assert record.date == date


@pytest.mark.parametrize(
    ("rel", "source"),
    [
        ("rheinblick/2021-04-12_impfung.txt", "rheinblick"),
        ("rheinblick/2021/04/impfung.txt", "rheinblick"),
        ("nordkurier-digital/seite.html", "nordkurier-digital"),
        ("impfung.txt", "meinarchiv"),
    ],
)
def test_source_is_first_folder_below_the_given_one(tmp_path: Path, rel: str, source: str) -> None:
    write(tmp_path / "meinarchiv" / rel, HTML if rel.endswith(".html") else PAGE)
    [record] = read(tmp_path / "meinarchiv")[0]
    assert record.source == source


def test_file_given_directly(tmp_path: Path) -> None:
    path = write(tmp_path / "alpenpost" / "2022-06-01_ticket.txt", PAGE)
    [record] = read(path)[0]
    assert (record.id, record.source, record.date) == (
        "2022-06-01_ticket",
        "alpenpost",
        datetime(2022, 6, 1),
    )


def test_files_are_read_in_sorted_order_and_hidden_ones_ignored(tmp_path: Path) -> None:
    for rel in ("b/2.txt", "a/9.txt", "a/10.txt", ".versteckt/x.txt", "a/.x.txt"):
        write(tmp_path / rel, PAGE)
    records, skipped = read(tmp_path)
    assert [r.id for r in records] == ["a/10", "a/9", "b/2"]
    assert skipped == []


# -- JSONL -----------------------------------------------------------------------------

FULL = {
    "id": "rb-2022-0042",
    "title": "Hochwasser an der Mosel",
    "body": "Der Pegel in Trier stieg über Nacht um zwei Meter.",
    "date": "2022-03-01T08:15:00+01:00",
    "url": "https://example.org/mosel",
    "source": "rheinblick",
    "category": "Wetter",
    "caption": "Überflutete Uferstraße (l.) Foto: Hans Muster/dpa",
    "lang_hint": "de",
}


def test_jsonl_keeps_ids_and_reads_optional_fields(tmp_path: Path) -> None:
    minimal = {"id": "rb-7", "body": "Ein kurzer Text ohne weitere Angaben."}
    path = write(tmp_path / "korpus.jsonl", jsonl(FULL, minimal))
    [full, bare], skipped = read(path)
    assert skipped == []
    assert full == RawRecord(
        id="rb-2022-0042",
        body=FULL["body"],
        origin=f"{path}:1",
        kind="jsonl",
        title=FULL["title"],
        caption=FULL["caption"],
        date=datetime(2022, 3, 1),
        url=FULL["url"],
        source="rheinblick",
        category="Wetter",
        lang_hint="de",
        extractor="jsonl",
    )
    assert (bare.id, bare.body, bare.origin) == ("rb-7", minimal["body"], f"{path}:2")
    assert (bare.title, bare.date, bare.url, bare.source, bare.lang_hint) == (None,) * 5


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"headline": "Kopf", "published": "17.03.2021"}, ("Kopf", datetime(2021, 3, 17))),
        ({"title": None, "date": None}, (None, None)),
        ({"title": "  ", "date": "irgendwann"}, (None, None)),
    ],
)
def test_jsonl_field_aliases_and_empty_values(
    tmp_path: Path, fields: dict, expected: tuple
) -> None:
    path = write(tmp_path / "k.jsonl", jsonl({"id": "x", "body": "Text.", **fields}))
    [record] = read(path)[0]
    assert (record.title, record.date) == expected


@pytest.mark.parametrize(
    ("extra", "expected_id"),
    [
        ({}, "korpus-2"),
        ({"url": "https://example.org/a"}, url_id("https://example.org/a")),
        ({"id": 17}, "17"),
        ({"id": "  rb-1 "}, "rb-1"),
    ],
)
def test_jsonl_id_fallbacks(tmp_path: Path, extra: dict, expected_id: str) -> None:
    path = write(tmp_path / "korpus.jsonl", "\n" + jsonl({"body": "Ein Text.", **extra}))
    [record] = read(path)[0]
    assert record.id == expected_id


def test_jsonl_broken_line_in_the_middle_is_skipped(tmp_path: Path) -> None:
    path = write(
        tmp_path / "k.jsonl",
        jsonl(
            {"id": "a", "body": "Vor der kaputten Zeile."},
            '{"id": "b", "body": "Hier endet die Zeile mitten im Satz',
            {"id": "c", "body": "Nach der kaputten Zeile."},
        ),
    )
    records, [skip] = read(path)
    assert [r.id for r in records] == ["a", "c"]
    assert skip.origin == f"{path}:2"
    assert "JSON" in skip.reason


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ({"id": "t", "title": "Nur ein Titel"}, "no body"),
        ({"id": "t", "title": "Titel", "body": ""}, "no body"),
        ({"id": "t", "body": " \t "}, "no body"),
        ({"id": "t", "body": 42}, "no body"),
        ({"id": "t", "body": None}, "no body"),
        ("[1, 2, 3]", "not a JSON object"),
        ('"nur ein String"', "not a JSON object"),
    ],
)
def test_jsonl_line_without_body_is_skipped(tmp_path: Path, line: dict | str, reason: str) -> None:
    path = write(tmp_path / "k.jsonl", jsonl(line, {"id": "ok", "body": "Gültig."}))
    [record], [skip] = read(path)
    assert record.id == "ok"
    assert (skip.origin, skip.reason) == (f"{path}:1", reason)


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85"])
def test_jsonl_line_separators_inside_strings_do_not_split(tmp_path: Path, separator: str) -> None:
    body = f"Erster Satz über die Brücke.{separator}Zweiter Satz über den Fluss."
    # ensure_ascii=False leaves the separator unescaped inside the JSON string.
    text = jsonl({"id": "a", "body": "Davor."}, {"id": "b", "body": body}, {"id": "c", "body": "x"})
    assert separator in text
    path = write(tmp_path / "k.jsonl", text)
    records, skipped = read(path)
    assert skipped == []
    assert [r.id for r in records] == ["a", "b", "c"]
    assert [r.origin for r in records] == [f"{path}:{n}" for n in (1, 2, 3)]
    assert records[1].body == body


# -- CSV -------------------------------------------------------------------------------


def test_csv_headline_only_file(tmp_path: Path) -> None:
    path = write(
        tmp_path / "schlagzeilen.csv",
        "outlet,title,date,url\n"
        "Stadtanzeiger,Neue Brücke über die Lahn eröffnet,2021-06-03,https://example.org/bruecke\n"
        "Stadtanzeiger,Bäckerei schließt nach 80 Jahren,2022-01-15,\n"
        "Landbote,,2022-01-16,https://example.org/leer\n"
        'Landbote,"Wahl: Bürgermeisterin, 54, bleibt im Amt",16.01.2022,https://example.org/wahl\n',
    )
    records, [skip] = read(path)
    assert [(r.id, r.title, r.source, r.date, r.url, r.body) for r in records] == [
        (
            url_id("https://example.org/bruecke"),
            "Neue Brücke über die Lahn eröffnet",
            "Stadtanzeiger",
            datetime(2021, 6, 3),
            "https://example.org/bruecke",
            "",
        ),
        # No url: the id falls back to file name and line number.
        (
            "schlagzeilen-3",
            "Bäckerei schließt nach 80 Jahren",
            "Stadtanzeiger",
            datetime(2022, 1, 15),
            None,
            "",
        ),
        (
            url_id("https://example.org/wahl"),
            "Wahl: Bürgermeisterin, 54, bleibt im Amt",
            "Landbote",
            datetime(2022, 1, 16),
            "https://example.org/wahl",
            "",
        ),
    ]
    assert all(r.kind == "csv" for r in records)
    assert skip.origin == f"{path}:4"
    assert skip.reason == "no body or title"


def test_url_id_is_stable_and_distinct() -> None:
    a, b = url_id("https://example.org/a"), url_id("https://example.org/b")
    assert a == url_id("https://example.org/a")
    assert a != b
    assert a.startswith("u-") and len(a) == 18


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_delimiters(tmp_path: Path, delimiter: str) -> None:
    rows = [
        ["id", "Headline", "Text", "Published", "Publisher"],
        ["k1", "Kita eröffnet", "Die neue Kita hat 60 Plätze.", "2020-09-01", "Stadtanzeiger"],
        ["k2", "Freibad saniert", "Das Freibad öffnet im Mai wieder.", "2021-05-02", "Landbote"],
    ]
    path = write(tmp_path / "k.csv", "".join(delimiter.join(r) + "\n" for r in rows))
    records, skipped = read(path)
    assert skipped == []
    assert [(r.id, r.title, r.body, r.date, r.source) for r in records] == [
        (
            "k1",
            "Kita eröffnet",
            "Die neue Kita hat 60 Plätze.",
            datetime(2020, 9, 1),
            "Stadtanzeiger",
        ),
        (
            "k2",
            "Freibad saniert",
            "Das Freibad öffnet im Mai wieder.",
            datetime(2021, 5, 2),
            "Landbote",
        ),
    ]


@pytest.mark.parametrize("delimiter", [";", "\t", ","])
def test_uneven_rows_do_not_lose_the_separator(tmp_path: Path, delimiter: str) -> None:
    """csv.Sniffer gives up on uneven rows; the header's separator must still be used."""
    rows = [
        ["id", "title", "body"],
        ["a", "Erster", "Ein Text über den Hafen."],
        ["b", "Zweiter", "Ein Text", "zu viel"],
        ["c", "Dritter"],
        ["d", "Vierter", "Noch ein Text über die Schleuse."],
    ]
    path = write(tmp_path / "k.csv", "".join(delimiter.join(r) + "\n" for r in rows))
    records, skipped = read(path)
    assert [(r.id, r.title, r.body) for r in records] == [
        ("a", "Erster", "Ein Text über den Hafen."),
        ("d", "Vierter", "Noch ein Text über die Schleuse."),
    ]
    assert [(s.origin, s.reason) for s in skipped] == [
        (f"{path}:3", "4 columns, header has 3"),
        (f"{path}:4", "2 columns, header has 3"),
    ]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("datum,ressort\n2020-01-01,Sport\n", "CSV header names neither body nor title"),
        ("id,title\n", None),
    ],
)
def test_csv_without_usable_header(tmp_path: Path, text: str, reason: str | None) -> None:
    path = write(tmp_path / "k.csv", text)
    records, skipped = read(path)
    assert records == []
    assert [s.reason for s in skipped] == ([reason] if reason else [])


def test_csv_quoted_multiline_body(tmp_path: Path) -> None:
    path = write(
        tmp_path / "k.csv",
        'id,title,body\nm1,Markt,"Erster Absatz.\n\nZweiter Absatz, mit Komma."\nm2,Zoo,Text.\n',
    )
    records, skipped = read(path)
    assert skipped == []
    assert [r.body for r in records] == ["Erster Absatz.\n\nZweiter Absatz, mit Komma.", "Text."]


# -- encodings and line ends -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "template"),
    [
        ("seite.txt", "{text}\n"),
        ("k.jsonl", '{{"id": "w1", "body": "{text}"}}\n'),
        ("k.csv", "id;body\nw1;{text}\n"),
    ],
)
def test_windows_1252_file(tmp_path: Path, name: str, template: str) -> None:
    data = template.format(text=CP1252_TEXT).encode("cp1252")
    assert b"\x84" in data and b"\x80" in data  # „ and € as Windows-1252 bytes
    path = write(tmp_path / name, data)
    [record] = read(path)[0]
    assert record.body.strip() == CP1252_TEXT


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("seite.txt", "Überschrift\n\nText.\n"),
        ("k.jsonl", '{"id": "b1", "title": "Überschrift", "body": "Text."}\n'),
        ("k.csv", "title,body\nÜberschrift,Text.\n"),
    ],
)
def test_utf8_bom_is_dropped(tmp_path: Path, name: str, text: str) -> None:
    path = write(tmp_path / name, b"\xef\xbb\xbf" + text.encode("utf-8"))
    [record], skipped = read(path)
    assert skipped == []
    assert "\ufeff" not in record.body + (record.title or "")
    if name.endswith(".txt"):
        assert record.body == text
    else:
        assert (record.title, record.body) == ("Überschrift", "Text.")


def test_crlf_line_ends(tmp_path: Path) -> None:
    write(tmp_path / "seite.txt", "Titel\r\n\r\nErster Absatz.\r\nZweiter Absatz.\r\n")
    write(
        tmp_path / "k.csv",
        'id,title,body\r\nc1,Titel,"Zeile eins\r\nZeile zwei"\r\nc2,Titel zwei,Text\r\n',
    )
    write(
        tmp_path / "k.jsonl", '{"id": "j1", "body": "Text eins"}\r\n{"id": "j2", "body": "x"}\r\n'
    )
    records, skipped = read(tmp_path)
    assert skipped == []
    by_id = {r.id: r for r in records}
    assert by_id["seite"].body.splitlines() == ["Titel", "", "Erster Absatz.", "Zweiter Absatz."]
    assert (by_id["c1"].body, by_id["c2"].body) == ("Zeile eins\r\nZeile zwei", "Text")
    assert by_id["c2"].title == "Titel zwei"
    assert (by_id["j1"].body, by_id["j2"].body) == ("Text eins", "x")


# Files of records are decoded record by record (in checks of _CHECK_BYTES at a time):
# each record as the whole file would decode, the note about the file the same.
@pytest.mark.parametrize(
    ("name", "data", "texts", "note"),
    [
        (
            "gemischt.jsonl",
            b'{"id": "a", "body": "Gr\xc3\xbc\xc3\x9fe"}\n{"id": "b", "body": "\x93zitiert\x94"}\n',
            ["Grüße", "“zitiert”"],
            "invalid UTF-8 (2 bytes), read as Windows-1252 there",
        ),
        (
            "alt.csv",
            "id,title\n1,„Größe“\n2,Köln\n".encode("cp1252"),
            ["„Größe“", "Köln"],
            "not UTF-8, read as Windows-1252",
        ),
        (
            "latin.csv",
            b"id,title\n1,\x81Gr\xfc\xdfe\n",
            ["\x81Grüße"],
            "not UTF-8, read as Latin-1",
        ),
        (
            "mac.csv",
            b'id,title\r1,Erste\r2,"Zwei\rZeilen"\r',
            ["Erste", "Zwei\rZeilen"],
            None,
        ),
    ],
)
def test_records_decoded_one_by_one_as_the_whole_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    data: bytes,
    texts: list[str],
    note: str | None,
) -> None:
    monkeypatch.setattr(decoding, "_CHECK_BYTES", 8)
    stats = ReadStats()
    records = [r for r in read_paths([write(tmp_path / name, data)], stats)]
    assert [r.body or r.title for r in records] == texts
    assert [n.reason for n in stats.notes] == ([note] if note else [])


# -- files that cannot be read ---------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason_part"),
    [
        ("leer.txt", b"", "empty file"),
        ("leer.jsonl", b"", "empty file"),
        ("leer.csv", b"", "empty file"),
        ("nur-leerzeichen.txt", b" \n\r\n\t\n", "empty file"),
        ("leer.html.gz", gzip.compress(b""), "empty file"),
        ("bild.txt", bytes(range(256)) * 4, "binary content"),
        ("daten.jsonl", b"PK\x03\x04\x00\x00binary", "binary content"),
        ("kaputt.html.gz", gzip.compress(HTML.encode() * 20)[:60], "unreadable: EOFError"),
        ("kein-gzip.html.gz", HTML.encode(), "unreadable: BadGzipFile"),
    ],
)
def test_unreadable_files_are_skipped_with_reason(
    tmp_path: Path, name: str, data: bytes, reason_part: str
) -> None:
    write(tmp_path / name, data)
    write(tmp_path / "zzz-gut.txt", PAGE)
    stats = ReadStats()
    out = list(read_paths([tmp_path], stats))
    assert [type(x) for x in out] == [Skipped, RawRecord]
    skip = out[0]
    assert skip.origin == str(tmp_path / name)
    assert reason_part in skip.reason
    assert stats.skipped == [skip]
    assert stats.files == 2


@pytest.mark.parametrize("name", ["notiz.pdf", "foto.jpg", "archiv.zip", "liesmich", "k.json"])
def test_unsupported_extension_in_folder_is_reported(tmp_path: Path, name: str) -> None:
    write(tmp_path / name, "Irgendein Inhalt.")
    write(tmp_path / "gut.txt", PAGE)
    stats = ReadStats()
    out = list(read_paths([tmp_path], stats))
    assert [r.id for r in out if isinstance(r, RawRecord)] == ["gut"]
    assert stats.skipped == [Skipped(str(tmp_path / name), "unsupported file type")]
    assert stats.files == 1  # only the page was read


def test_unsupported_file_given_directly_is_reported(tmp_path: Path) -> None:
    path = write(tmp_path / "notiz.pdf", "Irgendein Inhalt.")
    assert read(path) == ([], [Skipped(str(path), "unsupported file type")])


def test_missing_path_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    write(tmp_path / "da" / "seite.txt", PAGE)
    missing = tmp_path / "fehlt"
    records, skipped = read(missing, tmp_path / "da", tmp_path / "fehlt.jsonl")
    assert [r.id for r in records] == ["seite"]
    assert [(s.origin, s.reason) for s in skipped] == [
        (str(missing), "no such file or folder"),
        (str(tmp_path / "fehlt.jsonl"), "no such file or folder"),
    ]


def test_csv_doubled_quotes_inside_a_title(tmp_path) -> None:
    from index.readers import RawRecord, read_paths

    path = tmp_path / "headlines.csv"
    rows = ['"","outlet","category","title","date","url"']
    for i in range(30):
        rows.append(
            f'"{i}","SZ","Sport","Titel Nummer {i} ohne Zitat",2014-06-2{i % 9},"https://x.example/{i}"'
        )
    rows.append(
        '"99","SZ","Sport","Mourinho ""liebt"" Lahm, aber als Außenverteidiger",2014-06-21,"https://x.example/m"'
    )
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    records = [r for r in read_paths([path]) if isinstance(r, RawRecord)]
    assert len(records) == 31
    assert records[-1].title == 'Mourinho "liebt" Lahm, aber als Außenverteidiger'
    assert records[-1].source == "SZ"
