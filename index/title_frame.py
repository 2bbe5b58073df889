"""Take the quotation marks a site frames every title with off the title.

Some sites set each title between a pair of quotation marks ("»Title«", "‹Title›"). A
single title may be a quotation too ("„Wir schaffen das“"): the marks are the title's
then. Which it is the source's pages tell: where the title lines of half of its pages or
more stand wholly between the same pair (index/evidence.py counts them), the pair is the
site's frame, not the title's.
"""

from __future__ import annotations

from collections.abc import Iterable

from index.keys import digest
from index.line_words import count_words
from index.title_line import Counts

# Opening quotation marks and the marks that close them.
PAIRS = {
    "»": "«", "«": "»", "‹": "›", "›": "‹", "„": "“", "“": "”", "‚": "‘", "‘": "’",
    '"': '"', "'": "'",
}  # fmt: skip
# A framed title has this many words at least.
FRAMED_WORDS = 2
# The source's title lines are framed so on this share of its pages at least.
FRAME_SHARE = 0.5


def frame_of(line: str) -> tuple[str, str] | None:
    """Return (the pair, the text inside) of a line standing wholly between a pair of
    quotation marks that holds neither mark again (None: not so)."""
    text = line.strip()
    if len(text) < 3 or (close := PAIRS.get(text[0])) is None or text[-1] != close:
        return None
    inner = text[1:-1].strip()
    if text[0] in inner or close in inner or count_words(inner) < FRAMED_WORDS:
        return None
    return text[0] + close, inner


def frame_counts(lines: Iterable[str]) -> list[int]:
    """Return the keys a page's title lines are counted under: each pair framing one."""
    pairs = {found[0] for found in map(frame_of, lines) if found is not None}
    return [_key(pair) for pair in sorted(pairs)]


def unframed(line: str, evidence: Counts | None, source: str) -> str:
    """Return the title inside the site's frame of quotation marks ("": the line stands
    in no pair that frames the source's title lines on FRAME_SHARE of its pages)."""
    size = evidence.size(source) if evidence else 0
    if not evidence or not size or (found := frame_of(line)) is None:
        return ""
    return found[1] if evidence.counted(source, _key(found[0])) >= FRAME_SHARE * size else ""


def _key(pair: str) -> int:
    """Return the key a pair framing title lines is counted under."""
    return digest(f"\x00title frame {pair}")
