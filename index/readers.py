"""Archive readers: turn folders of pages, JSONL, CSV and HTML files into raw records.

A reader never stops at a bad file or line: it yields a `Skipped` with the reason and
goes on, so one broken file costs only itself.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import itertools
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from index.decoding import PartDecoder, choose

PAGE_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz")
# Files of one record per line or row, each record's origin "file:line".
LINE_SUFFIXES = (".jsonl", ".csv")
SUFFIXES = PAGE_SUFFIXES + HTML_SUFFIXES + LINE_SUFFIXES

# A date at the start of a page's file name ("2023-11-20_putin.txt") is its date.
# A line of a CSV file with its line end, split where io.StringIO(newline="") splits.
_CSV_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")
FILENAME_DATE = re.compile(r"(?:^|[/_-])((?:19|20)\d\d-[01]\d-[0-3]\d)(?=[_.-]|$)")
# Header names that CSV and JSONL files use for our fields.
FIELD_ALIASES = {
    "id": "id",
    "title": "title",
    "header": "title",
    "headline": "title",
    "body": "body",
    "text": "body",
    "article": "body",
    "content": "body",
    "date": "date",
    "published": "date",
    "publishing_date": "date",
    "url": "url",
    "link": "url",
    "source": "source",
    "outlet": "source",
    "publisher": "source",
    "category": "category",
    "caption": "caption",
    "lang": "lang_hint",
    "lang_hint": "lang_hint",
    "language": "lang_hint",
}
csv.field_size_limit(64 * 1024 * 1024)
# An article's text is cut to this many characters (some 150,000 words, far more than any
# news article): a larger one is a dump or a broken file, and would cost minutes and
# gigabytes to analyze and store.
MAX_ARTICLE_CHARS = 1_000_000


def source_file(origin: str) -> str:
    """Return the archive file a record's origin names ("a.jsonl:7" → "a.jsonl")."""
    path, sep, line = origin.rpartition(":")
    if sep and line.isdigit() and path.lower().endswith(LINE_SUFFIXES):
        return path
    return origin


@dataclass
class RawRecord:
    """One article as read from the archive, before cleaning."""

    id: str
    body: str
    origin: str
    kind: str  # "page", "jsonl", "csv" or "html": how the text is to be cleaned
    title: str | None = None
    caption: str | None = None
    date: datetime | None = None
    url: str | None = None
    source: str | None = None
    category: str | None = None
    lang_hint: str | None = None
    extractor: str = ""


@dataclass
class Skipped:
    """A file or record that could not be read, and why."""

    origin: str
    reason: str


@dataclass
class Note:
    """A file or record that was read, but not as it was: what was done to it."""

    origin: str
    reason: str


@dataclass
class ReadStats:
    """What a reading pass saw."""

    files: int = 0
    seen: set[str] = field(default_factory=set)
    skipped: list[Skipped] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def parse_date(value: object) -> datetime | None:
    """Parse a date given as YYYY-MM-DD, an ISO timestamp, or DD.MM.YYYY; else None."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if m is None:
        m2 = re.match(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
        if m2 is None:
            return None
        day, month, year = m2.groups()
    else:
        year, month, day = m.groups()
    try:
        return datetime(int(year), int(month), int(day))
    except ValueError:
        return None


def url_id(url: str) -> str:
    """Return a stable article id for a record known only by its URL."""
    return "u-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:16]


def _suffix(path: Path) -> str:
    name = path.name.lower()
    for suffix in SUFFIXES:
        if name.endswith(suffix):
            return suffix
    return path.suffix.lower()


def _stem_id(rel: Path) -> str:
    """Return an article id from a path relative to the folder given: no extension."""
    suffix = _suffix(rel)
    text = rel.as_posix()
    return text[: -len(suffix)] if suffix and text.lower().endswith(suffix) else text


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[tuple[Path, Path] | Skipped]:
    """Yield (file, folder given) for every archive file under the paths, in sorted order."""
    for given in paths:
        root = Path(given)
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames.sort()
                dirnames[:] = [d for d in dirnames if not d.startswith(".")]
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    path = Path(dirpath) / name
                    if _suffix(path) in SUFFIXES:
                        yield path, root
                    else:
                        yield Skipped(str(path), "unsupported file type")
        elif root.is_file():
            if _suffix(root) in SUFFIXES:
                yield root, root.parent
            else:
                yield Skipped(str(root), "unsupported file type")
        else:
            yield Skipped(str(root), "no such file or folder")


def read_paths(
    paths: Iterable[str | os.PathLike[str]], stats: ReadStats | None = None
) -> Iterator[RawRecord | Skipped]:
    """Read every archive file under the paths into records, yielding skips as they happen."""
    stats = stats if stats is not None else ReadStats()
    for item in iter_files(paths):
        if isinstance(item, Skipped):
            stats.skipped.append(item)
            yield item
            continue
        path, root = item
        stats.files += 1
        stats.seen.add(str(path))
        for out in read_file(path, root):
            if isinstance(out, Note):
                stats.notes.append(out)
                continue
            if isinstance(out, Skipped):
                stats.skipped.append(out)
            elif len(out.body) > MAX_ARTICLE_CHARS:
                stats.notes.append(Note(out.origin, _cut(out)))
            yield out


def _cut(record: RawRecord) -> str:
    """Cut an over-long article's text at a word boundary; say so."""
    size = len(record.body)
    end = record.body.rfind(" ", 0, MAX_ARTICLE_CHARS + 1)
    record.body = record.body[: end if end > 0 else MAX_ARTICLE_CHARS]
    return f"article of {size:,} characters cut to the first {len(record.body):,}"


def read_file(path: Path, root: Path) -> Iterator[RawRecord | Skipped | Note]:
    """Read one archive file; yield its records, or a Skipped for what is unreadable,
    and a Note when its text had to be repaired."""
    suffix = _suffix(path)
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            # A named pipe or device would block the run or never end.
            yield Skipped(str(path), "not a regular file")
            return
        data = path.read_bytes()
        if suffix.endswith(".gz"):
            data = gzip.decompress(data)
    except OSError as exc:
        # gzip.BadGzipFile is an OSError with no errno: its message says what is wrong.
        what = exc.strerror or f"{exc.__class__.__name__}: {exc}"
        yield Skipped(str(path), f"unreadable: {what}")
        return
    except EOFError as exc:
        yield Skipped(str(path), f"unreadable: EOFError: {exc}")
        return
    if not data.strip():
        yield Skipped(str(path), "empty file")
        return
    if b"\x00" in data[:8192] and suffix != ".csv":
        yield Skipped(str(path), "binary content, not text")
        return
    part, how = choose(data)
    if how:
        yield Note(str(path), how)
    rel = path.relative_to(root) if path.is_relative_to(root) else Path(path.name)
    if suffix in PAGE_SUFFIXES or suffix in HTML_SUFFIXES:
        text = part(data, True)
        del data
        yield from _read_page(text, path, rel, root, suffix in HTML_SUFFIXES)
    # A file of records is decoded record by record while the run goes on: its text
    # as one string would take up to four bytes a character for as long.
    elif suffix == ".jsonl":
        yield from _read_jsonl(data, part, path)
    elif suffix == ".csv":
        yield from _read_csv(data, part, path)


def _page_source(rel: Path, root: Path) -> str:
    """Name a page's source: its first folder below the one given, else that folder."""
    if len(rel.parts) > 1:
        return rel.parts[0]
    return root.resolve().name


def _read_page(
    text: str, path: Path, rel: Path, root: Path, html: bool
) -> Iterator[RawRecord | Skipped]:
    article_id = _stem_id(rel)
    m = FILENAME_DATE.search(rel.as_posix())
    record = RawRecord(
        id=article_id,
        body=text,
        origin=str(path),
        kind="html" if html else "page",
        date=parse_date(m.group(1)) if m else None,
        source=_page_source(rel, root),
        extractor="trafilatura" if html else "page",
    )
    yield record


def _record(fields: dict[str, object], origin: str, kind: str, fallback_id: str) -> RawRecord:
    """Build a record from a mapping of (aliased) field names."""
    values: dict[str, str] = {}
    for key, value in fields.items():
        name = FIELD_ALIASES.get(str(key).strip().lower()) if key is not None else None
        if name and value is not None and str(value).strip() and name not in values:
            values[name] = str(value)
    body = values.get("body", "")
    title = values.get("title")
    url = values.get("url")
    article_id = values.get("id") or (url_id(url) if url else fallback_id)
    return RawRecord(
        id=article_id.strip(),
        body=body,
        origin=origin,
        kind=kind,
        title=title,
        caption=values.get("caption"),
        date=parse_date(values.get("date")),
        url=url,
        source=values.get("source"),
        category=values.get("category"),
        lang_hint=values.get("lang_hint"),
        extractor=kind,
    )


def _lines(data: bytes) -> Iterator[bytes]:
    """Yield what data.split(b"\\n") returns, one part at a time (no list of them all)."""
    start = 0
    while (end := data.find(b"\n", start)) >= 0:
        yield data[start:end]
        start = end + 1
    yield data[start:]


def _read_jsonl(data: bytes, part: PartDecoder, path: Path) -> Iterator[RawRecord | Skipped]:
    # Only "\n" ends a JSONL record: str.splitlines() would also split at U+2028 and
    # the like, which JSON strings may hold unescaped.
    for lineno, raw in enumerate(_lines(data), 1):
        line = part(raw, lineno == 1)
        if not line.strip():
            continue
        origin = f"{path}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(origin, f"invalid JSON: {exc.msg}")
            continue
        if not isinstance(obj, dict):
            yield Skipped(origin, "not a JSON object")
            continue
        if not isinstance(obj.get("body"), str) or not obj["body"].strip():
            yield Skipped(origin, "no body")
            continue
        yield _record(obj, origin, "jsonl", f"{path.stem}-{lineno}")


def _csv_lines(data: bytes, part: PartDecoder) -> Iterator[str]:
    """Yield the lines of a CSV file's bytes decoded, as io.StringIO(text, newline="")
    splits its text, without a copy of all of it (four bytes a character)."""
    for n, m in enumerate(_CSV_LINE.finditer(data)):
        yield part(m.group(), n == 0)


def _read_csv(data: bytes, part: PartDecoder, path: Path) -> Iterator[RawRecord | Skipped]:
    lines = _csv_lines(data, part)
    # The dialect is sniffed from the first 8,192 characters.
    taken: list[str] = []
    chars = 0
    for line in lines:
        taken.append(line)
        chars += len(line)
        if chars >= 8192:
            break
    head = "".join(taken)[:8192]
    first = head.split("\n", 1)[0]
    try:
        sniffed = csv.Sniffer().sniff(head, delimiters=",;\t")
        delimiter, quotechar = sniffed.delimiter, sniffed.quotechar or '"'
    except csv.Error:
        # The sniffer gives up on uneven rows: take the separator the header uses most.
        delimiter, quotechar = max(",;\t", key=first.count), '"'
    # Only the separator and quote character are taken from the sniffer: its guesses about
    # doubled quotes are unreliable, and a wrong one splits titles like „Mourinho ""liebt"" Lahm“.
    dialect = type("Sniffed", (csv.excel,), {"delimiter": delimiter, "quotechar": quotechar})
    reader = csv.reader(itertools.chain(taken, lines), dialect)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        yield Skipped(str(path), "no CSV header")
        return
    names = [FIELD_ALIASES.get(h.strip().lower()) for h in header]
    if "body" not in names and "title" not in names:
        yield Skipped(str(path), "CSV header names neither body nor title")
        return
    while True:
        origin = f"{path}:{reader.line_num + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Skipped(origin, f"invalid CSV: {exc}")
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield Skipped(origin, f"{len(row)} columns, header has {len(header)}")
            continue
        record = _record(dict(zip(header, row, strict=True)), origin, "csv", "")
        if not record.id:
            record.id = f"{path.stem}-{reader.line_num}"
        if not record.body.strip() and not (record.title or "").strip():
            yield Skipped(origin, "no body or title")
            continue
        yield record
