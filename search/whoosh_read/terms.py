"""Read a segment's terms table: a term's info looked up, a small field's terms at once."""

from __future__ import annotations

import struct
import threading
import weakref
from typing import Any

from whoosh.codec.whoosh3 import W3TermInfo, W3TermsReader
from whoosh.system import pack_ushort

from search.lru import Lru

# A slot of an on-disk hash table (hash, position of the item) and the lengths before an
# item's key and value (whoosh.filedb.filetables).
_SLOT = struct.Struct("!Iq")
_ITEM_LENGTHS = struct.Struct("!ii")
_KEY_LENGTH = struct.Struct("!I")
# Enough bytes after an item's key to hold a term's info when its postings are not
# inlined (W3TermInfo: flags and statistics, then the offset and length of its postings).
_TERM_INFO_BYTES = W3TermInfo._struct.size + 12


def _terms_reader(reader: Any) -> W3TermsReader | None:
    """Return a segment's terms reader of codec whoosh3 (None: another kind of reader)."""
    terms = getattr(reader, "_terms", None)
    return terms if type(terms) is W3TermsReader else None


def _lookup(table: Any, key: bytes) -> bytes | None:
    """Return the value of a key in an on-disk hash table, None if it has none.

    HashReader.ranges_for_key() reads a slot, the item's lengths, its key and its value
    each with a read of its own; here the item is read at once (a term's info is small).
    """
    keyhash = table.hashfn(key)
    tablestart, numslots = table.tables[keyhash & 255]
    if not numslots:
        return None
    dbfile = table.dbfile
    end = tablestart + numslots * _SLOT.size
    slotpos = tablestart + ((keyhash >> 8) % numslots) * _SLOT.size
    for _ in range(numslots):
        slothash, itempos = _SLOT.unpack(dbfile.get(slotpos, _SLOT.size))
        if not itempos:
            return None
        if slothash == keyhash:
            head = dbfile.get(itempos, _ITEM_LENGTHS.size + len(key) + _TERM_INFO_BYTES)
            keylen, datalen = _ITEM_LENGTHS.unpack(head[: _ITEM_LENGTHS.size])
            keystart = _ITEM_LENGTHS.size
            if keylen == len(key) and head[keystart : keystart + keylen] == key:
                datastart = keystart + keylen
                value: bytes = head[datastart : datastart + datalen]
                if len(value) < datalen:
                    value = bytes(dbfile.get(itempos + datastart, datalen))
                return value
        slotpos += _SLOT.size
        if slotpos == end:
            slotpos = tablestart
    return None


# The terms of each segment's small fields (a headline archive's few English and other
# titles; a field with no text at all is told by its length), kept process-wide like
# POSTINGS: a query's word is looked for in every text field of every language group, and
# most of those look-ups, each a search of the segment's on-disk hash table, find nothing.
# A field's terms are kept if their part of the terms file is at most VOCABULARY_BYTES
# (read in one go); the answer "too large" is kept too.
VOCABULARY_BYTES = 256 * 1024
VOCABULARIES_BUDGET = 8 * 1024 * 1024
VOCABULARIES: Lru[tuple[frozenset[bytes] | None]] = Lru(VOCABULARIES_BUDGET)
# What a kept term costs besides its bytes (a bytes object and a set slot).
_TERM_OVERHEAD = 90


def _vocabulary(terms: W3TermsReader, segment: str, fieldname: str) -> frozenset[bytes] | None:
    """Return the terms of a small field of a segment of codec whoosh3 (None: too large)."""
    key = (segment, fieldname)
    found = VOCABULARIES.get(key)
    if found is None:
        made = _field_terms(terms, fieldname)
        cost = 200 + (sum(len(t) + _TERM_OVERHEAD for t in made) if made is not None else 0)
        found = (made,)
        VOCABULARIES.put(key, found, cost)
    return found[0]


def field_terms(reader: Any, fieldname: str) -> frozenset[bytes] | None:
    """Return a field's terms in one segment read at once (None: a field too large, or a
    segment of another codec)."""
    terms = _terms_reader(reader)
    return _field_terms(terms, fieldname) if terms is not None else None


def _field_terms(terms: W3TermsReader, fieldname: str) -> frozenset[bytes] | None:
    fieldnum = terms._fieldmap.get(fieldname)
    if fieldnum is None:
        return frozenset()
    # The hash file keeps its items ordered by key (the field's number, then the term):
    # a field's items lie between the first key of its number and the first of the next.
    table = terms._tindex
    start = table.closest_key_pos(pack_ushort(fieldnum))
    if start is None:
        return frozenset()
    end = table.closest_key_pos(pack_ushort(fieldnum + 1)) if fieldnum < 65535 else None
    if end is None:
        end = table.endofdata
    if end - start > VOCABULARY_BYTES:
        return None
    data = table.dbfile.get(start, end - start)
    out = []
    pos, prefix = 0, _ITEM_LENGTHS.size
    while pos < len(data):
        keylen, datalen = _ITEM_LENGTHS.unpack_from(data, pos)
        out.append(data[pos + prefix + 2 : pos + prefix + keylen])
        pos += prefix + keylen + datalen
    return frozenset(out)


# The keys a binary search of a segment's terms table reads at its first PROBE_LEVELS
# levels, by segment: every look-up by prefix passes through the same middles, each a
# few reads of the file.
PROBE_LEVELS = 12
PROBES: Lru[dict[int, bytes]] = Lru(16 * 1024 * 1024)


# A scan of a field's terms by prefix reads the terms table in chunks, the first small
# (most prefixes start a few terms) and each next one twice as large, up to the last.
FIRST_CHUNK, LAST_CHUNK = 1024, 64 * 1024


def prefix_terms(reader: Any, fieldname: str, prefix: str) -> list[bytes] | None:
    """Return a field's terms in one segment that start with prefix, in order (None: a
    segment of another codec)."""
    found = _prefix_items(reader, fieldname, prefix)
    return None if found is None else [term for term, _ in found]


def _prefix_items(reader: Any, fieldname: str, prefix: str) -> list[tuple[bytes, bytes]] | None:
    """Return the (term, term info) items of a field's terms in one segment that start
    with prefix, in order (None: a segment of another codec).

    The items lie one after another from the first key not below the prefix: read in
    chunks, not with two reads an item (its lengths, then its key)."""
    terms = _terms_reader(reader)
    if terms is None:
        return None
    fieldnum = terms._fieldmap.get(fieldname)
    if fieldnum is None:
        return []
    table = terms._tindex
    key = pack_ushort(fieldnum) + prefix.encode("utf-8")
    segment = reader.segment().segment_id()
    probes = PROBES.get(segment)
    if probes is None:
        probes = {}
        PROBES.put(segment, probes, 200 + 100 * 2**PROBE_LEVELS)
    pos = _closest_key_pos(table, key, probes)
    out: list[tuple[bytes, bytes]] = []
    if pos is None:
        _keep_scanned(terms, key, out)  # no key as large: none starts so
        return out
    dbfile, end = table.dbfile, table.endofdata
    chunk, buf, at = FIRST_CHUNK, b"", 0
    head = _ITEM_LENGTHS.size
    while pos < end:
        if at + head > len(buf):
            buf, at = bytes(dbfile.get(pos, min(chunk, end - pos))), 0
            chunk = min(chunk * 2, LAST_CHUNK)
        keylen, datalen = _ITEM_LENGTHS.unpack_from(buf, at)
        size = head + keylen + datalen
        if at + size > len(buf):
            buf, at = bytes(dbfile.get(pos, min(max(chunk, size), end - pos))), 0
            chunk = min(chunk * 2, LAST_CHUNK)
        found = buf[at + head : at + head + keylen]
        if not found.startswith(key):
            break
        out.append((found, buf[at + head + keylen : at + size]))
        pos += size
        at += size
    _keep_scanned(terms, key, out)
    return [(found[2:], info) for found, info in out]


# What the latest prefix scans of this thread found, by terms table: a term a scan found
# (a compound of a query's word) is read next for the result set, and its info then needs
# no second look-up; a term a scan would have found and did not (a word's other form that
# no article of the segment has) is in no segment's table, and needs none either. Up to
# SCANNED_ITEMS items and scans, then forgotten at once.
SCANNED_ITEMS = 20_000
_SCANNED = threading.local()


class _Scanned:
    """A terms table's items found by scans, and the keys' prefixes scanned."""

    def __init__(self) -> None:
        self.items: dict[bytes, bytes] = {}
        self.prefixes: set[bytes] = set()
        self.lengths: set[int] = set()

    def scanned(self, key: bytes) -> bool:
        """Tell whether a scan read every item whose key starts like this key."""
        return any(key[:n] in self.prefixes for n in self.lengths if n <= len(key))


def _keep_scanned(terms: W3TermsReader, prefix: bytes, items: list[tuple[bytes, bytes]]) -> None:
    """Keep a scan's (key, term info) items, every item whose key starts with prefix, for
    term_info()."""
    kept: weakref.WeakKeyDictionary[W3TermsReader, _Scanned] | None
    kept = getattr(_SCANNED, "tables", None)
    count = getattr(_SCANNED, "count", 0) + len(items) + 1
    if kept is None or count > SCANNED_ITEMS:
        kept = _SCANNED.tables = weakref.WeakKeyDictionary()
        count = len(items) + 1
    _SCANNED.count = count
    table = kept.get(terms)
    if table is None:
        table = kept[terms] = _Scanned()
    table.items.update(items)
    table.prefixes.add(prefix)
    table.lengths.add(len(prefix))


def term_info(terms: W3TermsReader, key: bytes) -> bytes | None:
    """Return a term's info in a terms table by its key (field number and term): from a
    scan of this thread if one found it or would have, else looked up; None if the table
    lacks it."""
    kept = getattr(_SCANNED, "tables", None)
    if kept is not None:
        table = kept.get(terms)
        if table is not None:
            found: bytes | None = table.items.get(key)
            if found is not None or table.scanned(key):
                return found
    return _lookup(terms._tindex, key)


def _closest_key_pos(table: Any, key: bytes, probes: dict[int, bytes]) -> int | None:
    """Return the position of a key in an ordered hash table or of the next greater
    (None: none), as OrderedHashReader.closest_key_pos finds it, the keys of the first
    levels of its binary search read once (probes); below them, once at most SPAN keys
    are left, those keys are read at once (_closest_in_span)."""
    get_pos, base, size = table._get_pos, table.indexbase, table.indexsize
    lo, hi, level = 0, table.indexlen, 0
    while lo < hi:
        mid = (lo + hi) // 2
        midkey = probes.get(mid)
        if midkey is None:
            if level >= PROBE_LEVELS and hi - lo <= SPAN:
                return _closest_in_span(table, key, lo, hi)
            midkey = bytes(table.key_at(get_pos(base + mid * size)))
            if level < PROBE_LEVELS:
                probes[mid] = midkey
        if midkey < key:
            lo = mid + 1
        else:
            hi = mid
        level += 1
    if lo == table.indexlen:
        return None
    found: int = get_pos(base + lo * size)
    return found


# The keys left to a binary search read at once: their items lie one after another.
SPAN = 1024


def _closest_in_span(table: Any, key: bytes, lo: int, hi: int) -> int | None:
    """Return _closest_key_pos() for a key known to lie between the index entries lo and
    hi: the entries' positions read in one read, their items (in key order, one after
    another) in another, the binary search done in memory."""
    size, dbfile = table.indexsize, table.dbfile
    last = hi < table.indexlen  # entry hi's position ends the last item
    raw = bytes(dbfile.get(table.indexbase + lo * size, (hi - lo + last) * size))
    positions = struct.unpack(f"!{len(raw) // size}{table.extras['indextype']}", raw)
    start = positions[0]
    end = positions[hi - lo] if last else table.endofdata
    data = bytes(dbfile.get(start, end - start))
    a, b = 0, hi - lo
    while a < b:
        mid = (a + b) // 2
        at = positions[mid] - start
        (keylen,) = _KEY_LENGTH.unpack_from(data, at)
        if data[at + _ITEM_LENGTHS.size : at + _ITEM_LENGTHS.size + keylen] < key:
            a = mid + 1
        else:
            b = mid
    if a < hi - lo:
        return int(positions[a])
    return int(positions[hi - lo]) if last else None


def prefixed_terms(reader: Any, fieldname: str, prefix: str) -> set[str]:
    """Return a field's terms that start with prefix: each segment's own, looked up in
    its terms table (Whoosh's expand_prefix merges every segment's terms in order)."""
    out: set[str] = set()
    for leaf, _ in reader.leaf_readers():
        found = prefix_terms(leaf, fieldname, prefix)
        if found is None:
            words = leaf.expand_prefix(fieldname, prefix)
            out.update(w.decode("utf-8") if isinstance(w, bytes) else str(w) for w in words)
        else:
            out.update(w.decode("utf-8") for w in found)
    return out


def prefixed_doc_frequencies(reader: Any, fieldname: str, prefix: str) -> dict[str, int]:
    """Return a field's terms that start with prefix, each with how many documents hold
    it (deleted ones too, as doc_frequency() counts them), read from the items of the
    segments' terms tables that name the terms."""
    out: dict[str, int] = {}
    for leaf, _ in reader.leaf_readers():
        found = _prefix_items(leaf, fieldname, prefix)
        if found is None:
            for w in leaf.expand_prefix(fieldname, prefix):
                text = w.decode("utf-8") if isinstance(w, bytes) else str(w)
                out[text] = out.get(text, 0) + int(leaf.doc_frequency(fieldname, w))
            continue
        for w, info in found:
            text = w.decode("utf-8")
            out[text] = out.get(text, 0) + int(W3TermInfo.from_bytes(info).doc_frequency())
    return out
