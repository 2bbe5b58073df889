"""The index schema: fields, their analyzers, and the version recorded with the index."""

from __future__ import annotations

from whoosh.fields import DATETIME, ID, KEYWORD, NUMERIC, STORED, TEXT, Schema

from index.analysis import english_analyzer, german_analyzer, plain_analyzer

# Bump whenever a field or an analyzer changes: an index built with another version
# must be rebuilt, since its terms no longer match what queries are analyzed into.
SCHEMA_VERSION = 9

# Each language group has its own searchable fields, analyzed for that language:
# a German article is German-stemmed, an English one English-stemmed, others only folded.
LANGUAGE_GROUPS = ("de", "en", "xx")
TEXT_FIELDS = ("title", "caption", "body")
# Indexed fields whose values repeat across articles (many share a day or a source).
REPEATED_FIELDS = ("date", "year", "source", "category", "lang", "extractor", "flag")


def analyzer_group(lang: str) -> str:
    """Return the field group that analyzes articles of a detected language."""
    if lang == "unknown":
        return "de"  # too short to tell: the archive is German first
    return lang if lang in ("de", "en") else "xx"


def text_field(part: str, group: str) -> str:
    """Return the searchable field name for a text part in a language group."""
    return f"{part}_{group}"


def build_schema() -> Schema:
    """Build the schema of a newsarchive index."""
    analyzers = {"de": german_analyzer(), "en": english_analyzer(), "xx": plain_analyzer()}
    fields: dict[str, object] = {
        "id": ID(stored=True, unique=True, sortable=True),
        # What is shown: the cleaned article, stored once.
        "title": STORED(),
        "caption": STORED(),
        "body": STORED(),
        "url": STORED(),
        "origin": STORED(),
        "lang_prob": STORED(),
        "date": DATETIME(stored=True, sortable=True),
        "year": NUMERIC(int, bits=16, stored=False, sortable=True),
        "source": ID(stored=True, sortable=True),
        "category": ID(stored=True, sortable=True),
        "lang": ID(stored=True, sortable=True),
        "extractor": ID(stored=True, sortable=True),
        # Quality flags (index/quality.py), comma-separated: e.g. "date-missing".
        "flag": KEYWORD(stored=True, commas=True, scorable=False),
        # Hash of the cleaned body: equal bodies under two ids are duplicates.
        "body_hash": ID(stored=True, sortable=True),
        # Hash of everything indexed: an unchanged article is skipped on re-runs.
        "fingerprint": ID(sortable=True),
        # Lines the cleaner dropped, by reason (index/dropped.py): "teaser:8,footer:1".
        "cleaning": STORED(),
    }
    for group, analyzer in analyzers.items():
        for part in TEXT_FIELDS:
            fields[text_field(part, group)] = TEXT(analyzer=analyzer, phrase=True)
    return Schema(**fields)
