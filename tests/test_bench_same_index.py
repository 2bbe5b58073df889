"""bench/same_index.py: two indexes compared by article id, however their segments fall."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import DEMO, ROOT

from index.build import index_paths

SCRIPT = ROOT / "bench" / "same_index.py"
BEZAHLKARTE = "rheinblick/2024-02-20_bezahlkarte-asyl"


def _load() -> Any:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    spec = importlib.util.spec_from_file_location("bench_same_index", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SAME_INDEX = _load()


@pytest.mark.parametrize(
    ("edit", "same"),
    [
        (None, True),  # one segment against two: the same articles, the same terms
        (("Sozialdezernent", "Stadtkämmerer"), False),  # a word changed
        (("Sozialdezernent", "Sozialdezernent Sozialdezernent"), False),  # a position
    ],
    ids=["segments-apart", "word", "positions"],
)
def test_indexes_are_the_same_only_with_the_same_postings(
    tmp_path: Path, edit: tuple[str, str] | None, same: bool
) -> None:
    archive = tmp_path / "archive"  # one path: the articles' origins are stored
    shutil.copytree(DEMO, archive)
    index_paths(tmp_path / "one", [archive], workers=1)
    if edit is not None:
        page = archive / f"{BEZAHLKARTE}.txt"
        page.write_text(page.read_text(encoding="utf-8").replace(*edit), encoding="utf-8")
    index_paths(tmp_path / "two", [archive], workers=2)
    found = SAME_INDEX.differences(
        SAME_INDEX.summary(tmp_path / "one"), SAME_INDEX.summary(tmp_path / "two")
    )
    assert (found == []) is same, found
