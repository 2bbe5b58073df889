"""Story groups: articles whose cleaned bodies are near-identical form one group.

An agency text printed by many outlets, with a changed first paragraph, another footer
or a few edited sentences, is one story. Each body is reduced to a MinHash sketch of its
word 5-grams; a locality-sensitive hash index (datasketch) finds the earlier articles
that may be near it, and the sketches' estimated Jaccard similarity decides. Groups are
kept beside the index in `stories.pkl` and updated after every indexing run: a new
article joins the group of the articles it is near, without re-reading the archive.
"""

from __future__ import annotations

import logging
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from index import datasketch_lsh, minhash
from index.datasketch_lsh import Dropped, load_without, new_lsh, new_minhash

log = logging.getLogger(__name__)

STORE = "stories.pkl"
# 2: signatures made with numpy (index.minhash), no longer datasketch's SHA-1 per 5-gram;
# groups of version 1 are made anew from the stored bodies by the next indexing run.
VERSION = 2
SHINGLE = minhash.SHINGLE
# Estimated Jaccard similarity of word 5-gram sets from which two bodies are one story
# (bench/stories.py measures precision and recall of this on a gold set of pairs).
THRESHOLD = 0.4
# Bodies shorter than this many words are grouped only with exact copies: two short
# notes share too little text for a sketch to tell a copy from a look-alike.
MIN_WORDS = 40
_WORD = re.compile(r"\w+")
# Texts shorter than this (headlines, mostly) have their words counted before they are
# hashed: far cheaper than numpy's hashing of a short text, which most are too short for.
COUNT_FIRST_CHARS = 1000


def shingles(text: str) -> list[bytes]:
    """Return the word 5-grams of a text, lower-cased, as bytes."""
    words = _WORD.findall(text.casefold())
    if len(words) < SHINGLE:
        return [" ".join(words).encode()] if words else []
    return list({" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - 4)})


def sketch(text: str, folded: str | None = None) -> np.ndarray | None:
    """Return the MinHash signature of a body, or None if it is too short to compare
    (`folded`: the body case-folded, where the caller has it)."""
    if folded is None:
        folded = text.casefold()
    # The words word_hashes() hashes: the runs of \w characters of the case-folded text.
    if len(text) < COUNT_FIRST_CHARS and len(_WORD.findall(folded)) < MIN_WORDS:
        return None
    words = minhash.folded_word_hashes(folded)
    if len(words) < MIN_WORDS:
        return None
    return minhash.signature(minhash.shingle_hashes(words))


def datasketch_sketch(text: str) -> np.ndarray | None:
    """Return datasketch's own signature of a body (a SHA-1 per 5-gram): sketch()'s reference."""
    if len(_WORD.findall(text)) < MIN_WORDS:
        return None
    mh = new_minhash()
    mh.update_batch(shingles(text))
    return mh.hashvalues.copy()


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimate the Jaccard similarity of two bodies from their signatures."""
    return float(np.count_nonzero(a == b)) / len(a)


@dataclass
class Stories:
    """The story groups of an index, with what is needed to extend them."""

    version: int = VERSION
    threshold: float = THRESHOLD
    lsh: Any = field(default_factory=lambda: new_lsh(THRESHOLD))
    signatures: dict[str, np.ndarray] = field(default_factory=dict)
    hashes: dict[str, str] = field(default_factory=dict)  # id → body hash when sketched
    group_of: dict[str, str] = field(default_factory=dict)  # id → group (its first id)
    # group → ids, for groups of more than one article (a group of one is its first id
    # alone: a set for each would take more room than the rest of an article's entry)
    members: dict[str, set[str]] = field(default_factory=dict)

    def group(self, article_id: str) -> str | None:
        """Return the group of an article, None if it has not been grouped."""
        return self.group_of.get(article_id)

    def _join(self, article_id: str) -> None:
        self.group_of[article_id] = article_id

    def _enter(self, group: str, article_id: str) -> None:
        self.group_of[article_id] = group
        self.members.setdefault(group, {group}).add(article_id)

    def remove(self, article_id: str) -> set[str]:
        """Take an article out; return the others of its group, to be regrouped."""
        group = self.group_of.pop(article_id, None)
        self.hashes.pop(article_id, None)
        if self.signatures.pop(article_id, None) is not None:
            self.lsh.remove(article_id)
        if group is None:
            return set()
        others = self.members.pop(group, set()) - {article_id}
        for other in others:
            del self.group_of[other]
        return others

    def add(self, article_id: str, body_hash: str, signature: np.ndarray | None) -> None:
        """Put an article in the story it is nearest to, or start a new one.

        An article is compared with the first article of each candidate story, not with
        every member: otherwise a chain of articles, each a little like the one before,
        would pull unrelated stories into one group.
        """
        self.hashes[article_id] = body_hash
        best, best_similarity = None, self.threshold
        if signature is not None:
            # The band keys made once for the look-up and the insert (no MinHash made).
            keys = datasketch_lsh.band_keys(self.lsh, signature)
            for other in datasketch_lsh.query(self.lsh, keys):
                group = self.group_of.get(other)
                leader = self.signatures.get(group) if group else None
                if leader is None:
                    continue
                near = similarity(signature, leader)
                if near > best_similarity or (near == best_similarity and best is None):
                    best, best_similarity = group, near
            self.signatures[article_id] = signature
            datasketch_lsh.insert(self.lsh, article_id, keys)
        if best is None:
            self._join(article_id)
        else:
            self._enter(best, article_id)

    def add_copy(self, article_id: str, body_hash: str, first: str) -> None:
        """Put an exact copy of a grouped article into that article's group."""
        self.hashes[article_id] = body_hash
        self._enter(self.group_of[first], article_id)

    def regroup(self, ids: Iterable[str]) -> None:
        """Group articles again from their kept signatures (after a member left)."""
        copies = []
        for article_id in sorted(ids):
            signature = self.signatures.pop(article_id, None)
            body_hash = self.hashes.get(article_id, "")
            if signature is None:
                copies.append(article_id)
                continue
            self.lsh.remove(article_id)
            self.add(article_id, body_hash, signature)
        for article_id in copies:
            # An exact copy (or a short body) goes back to the first article with its body.
            body_hash = self.hashes[article_id]
            first = next(
                (
                    i
                    for i, h in sorted(self.hashes.items())
                    if h == body_hash and i in self.group_of
                ),
                None,
            )
            if first is None or not body_hash:
                self.add(article_id, body_hash, None)
            else:
                self.add_copy(article_id, body_hash, first)

    def sizes(self) -> list[tuple[str, int]]:
        """Return the groups with more than one member, largest first."""
        out = [(g, len(m)) for g, m in self.members.items() if len(m) > 1]
        return sorted(out, key=lambda x: (-x[1], x[0]))


def load(index_dir: str | os.PathLike[str]) -> Stories:
    """Read the story groups kept beside an index (empty if none or outdated)."""
    path = Path(index_dir) / STORE
    try:
        with open(path, "rb") as f:
            stories = pickle.load(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return Stories()
    if not isinstance(stories, Stories) or stories.version != VERSION:
        return Stories()
    return stories


def load_groups(index_dir: str | os.PathLike[str]) -> Stories:
    """Read only who belongs to which story, for searching: not for update().

    Signatures, hashes and the sketch index are left out, and so are the groups of one
    article (group_of still names them).
    """
    path = Path(index_dir) / STORE
    try:
        with open(path, "rb") as f:
            stories = load_without(f)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return Stories(lsh=Dropped())
    if not isinstance(stories, Stories):
        return Stories(lsh=Dropped())
    if stories.version != VERSION:
        log.warning(
            "The story groups in %s were made by another newsarchive (version %s, this one "
            "uses %s): stories are not folded until they are re-indexed "
            "(newsarchive --index %s index PATH... groups them anew; no --rebuild needed).",
            path,
            stories.version,
            VERSION,
            index_dir,
        )
        return Stories(lsh=Dropped())
    stories.signatures, stories.hashes = {}, {}
    stories.members = {g: m for g, m in stories.members.items() if len(m) > 1}
    return stories


def save(index_dir: str | os.PathLike[str], stories: Stories) -> None:
    """Write the story groups beside the index, replacing the old file at once."""
    folder = Path(index_dir)
    fd, tmp = tempfile.mkstemp(prefix=".stories-", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(stories, f, protocol=pickle.HIGHEST_PROTOCOL)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, folder / STORE)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def update(
    index_dir: str | os.PathLike[str],
    hashes: dict[str, str],
    body_of: Callable[[str], str],
    signatures: dict[str, np.ndarray | None] | None = None,
) -> Stories:
    """Bring the groups up to date with the index's articles (id → body hash).

    Articles gone from the index leave their groups, changed ones are sketched again,
    new ones join; only those are read (body_of) and sketched, so a re-run with nothing
    new costs little. signatures: sketches made already (by the indexing workers).
    """
    signatures = signatures or {}
    stories = load(index_dir)
    gone = [i for i in stories.hashes if hashes.get(i) != stories.hashes[i]]
    regroup: set[str] = set()
    for article_id in gone:
        regroup |= stories.remove(article_id)
    regroup -= set(gone)
    if regroup:
        stories.regroup(regroup)
    first_of_hash: dict[str, str] = {}
    for article_id, body_hash in sorted(stories.hashes.items()):
        first_of_hash.setdefault(body_hash, article_id)
    added = 0
    for article_id in sorted(hashes):
        if article_id in stories.hashes:
            continue
        body_hash = hashes[article_id]
        first = first_of_hash.get(body_hash)
        if first is not None and body_hash:
            stories.add_copy(article_id, body_hash, first)
        else:
            if article_id in signatures:
                signature = signatures[article_id]
            else:
                signature = sketch(body_of(article_id))
            stories.add(article_id, body_hash, signature)
            first_of_hash[body_hash] = article_id
        added += 1
    if added or gone or not (Path(index_dir) / STORE).exists():
        save(index_dir, stories)
    return stories


def refresh(
    index_dir: str | os.PathLike[str], signatures: dict[str, np.ndarray | None] | None = None
) -> Stories:
    """Update the story groups of an index from what it holds now (signatures: made already)."""
    from index.store import live_columns, open_index

    ix = open_index(index_dir)
    with ix.searcher() as searcher:
        reader = searcher.reader()
        hashes = dict(live_columns(reader, ("id", "body_hash")))

        def body_of(article_id: str) -> str:
            doc = searcher.document(id=article_id) or {}
            return doc.get("body") or doc.get("title") or ""

        return update(index_dir, hashes, body_of, signatures)
