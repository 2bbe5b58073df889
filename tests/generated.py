"""A generated archive of many small German articles, each findable by its own number."""

from __future__ import annotations

import contextlib
import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from index import tiers
from index.build import index_paths

PLACES = ["Bonn", "Kiel", "Jena", "Trier", "Passau", "Görlitz", "Lübeck", "Ulm", "Fulda", "Hof"]
SUBJECTS = [
    "Der Stadtrat",
    "Die Feuerwehr",
    "Der Sportverein",
    "Die Bürgerinitiative",
    "Das Krankenhaus",
    "Die Verkehrsbetriebe",
    "Der Bürgermeister",
    "Die Musikschule",
]
ACTIONS = [
    "beschließt einen neuen Haushalt für das kommende Jahr",
    "eröffnet am Wochenende ein Gebäude am Marktplatz",
    "sucht dringend ehrenamtliche Helferinnen und Helfer",
    "stellt die Pläne für den Umbau der Innenstadt vor",
    "warnt vor Glätte auf den Straßen in der Nacht",
    "feiert sein hundertjähriges Bestehen mit einem Fest",
]


def article(n: int) -> dict[str, str]:
    """Return article number n: its id, title and a body holding its number."""
    rng = random.Random(n)
    place = rng.choice(PLACES)
    count = rng.randint(3, 6)
    sentences = [f"{rng.choice(SUBJECTS)} in {place} {rng.choice(ACTIONS)}." for _ in range(count)]
    sentences.append(f"Die Meldung trägt die Kennziffer {kennziffer(n)}.")
    return {
        "id": f"art-{n:05d}",
        "title": f"Nachricht aus {place} Nummer {n}",
        "body": " ".join(sentences),
        "source": "Generator",
        "date": f"20{10 + n % 15:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}",
    }


def kennziffer(n: int) -> str:
    """Return the number only article n holds (a token the analyzers keep as it is)."""
    return str(700000 + n)


def write_archive(folder: Path, count: int, per_file: int = 500, start: int = 0) -> list[str]:
    """Write articles start..start+count-1 as JSONL files into folder; return their ids."""
    folder.mkdir(parents=True, exist_ok=True)
    ids = []
    for first in range(start, start + count, per_file):
        numbers = range(first, min(first + per_file, start + count))
        lines = [json.dumps(article(n), ensure_ascii=False) for n in numbers]
        (folder / f"teil-{first:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        ids += [f"art-{n:05d}" for n in numbers]
    return ids


@contextlib.contextmanager
def no_merges() -> Iterator[None]:
    """Keep every segment runs write, unmerged by the tiered policy (index.tiers)."""
    saved = tiers.MERGE_FACTOR, tiers.MAX_SEGMENTS
    tiers.MERGE_FACTOR = tiers.MAX_SEGMENTS = 10**9
    try:
        yield
    finally:
        tiers.MERGE_FACTOR, tiers.MAX_SEGMENTS = saved


def index_in_runs(root: Path, runs: int, per_run: int) -> tuple[Path, list[Path]]:
    """Index generated articles in runs of per_run (one segment each, none merged) into
    root/index; return the index folder and the folders of the runs."""
    index_dir = root / "index"
    parts = [root / f"teil{part}" for part in range(runs)]
    for part, folder in enumerate(parts):
        write_archive(folder, per_run, start=part * per_run)
        with no_merges():
            index_paths(index_dir, [folder], workers=1)
    return index_dir, parts


def index_edited_in_runs(root: Path) -> Path:
    """Index 450 generated articles in three runs (three segments), then every seventh of
    the first 300 again with a new body ("Neu im Rathaus: N."), so its old copy is deleted
    in its old segment; return the index folder."""
    index_dir, _ = index_in_runs(root, 3, 150)
    edited = [dict(article(n), body=f"Neu im Rathaus: {n}.") for n in range(0, 300, 7)]
    lines = "\n".join(json.dumps(a, ensure_ascii=False) for a in edited)
    (root / "teil0" / "teil-00000.jsonl").write_text(lines + "\n", encoding="utf-8")
    with no_merges():
        index_paths(index_dir, [root / "teil0"], workers=1)
    return index_dir


def newsarchive(*args: str, **kwargs: object) -> subprocess.Popen:
    """Start the newsarchive command of this checkout in a new process."""
    command = [sys.executable, "-m", "web.cli", *args]
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    return subprocess.Popen(
        command,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,  # type: ignore[arg-type]
    )
