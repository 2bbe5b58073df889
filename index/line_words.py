"""Count a line's words, in scripts written with spaces and without."""

from __future__ import annotations

import re
import unicodedata


def _marks() -> str:
    """Return the combining marks of the Basic Multilingual Plane, as a character class's
    ranges: the vowel signs of Indic scripts are no word characters to Python's re,
    yet they stand inside words ("पकड़ा" is one word)."""
    ranges: list[str] = []
    start = prev = -2
    for code in [*range(0x300, 0x10000), 0x10000]:
        mark = code < 0x10000 and unicodedata.category(chr(code)) in ("Mn", "Mc", "Me")
        if mark and code == prev + 1:
            prev = code
            continue
        if start >= 0:
            ranges.append(f"\\u{start:04x}-\\u{prev:04x}")
        start = prev = code if mark else -2
    return "".join(ranges)


LETTER = r"[\w" + _marks() + r"]"
WORD = re.compile(LETTER + r"+(?:[-'’.]" + LETTER + r"+)*")
# Letters of scripts written without spaces: a line of them is measured in characters.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def count_words(text: str) -> int:
    """Count the words of text; letters of unspaced scripts count as a word per three."""
    spaced = len(WORD.findall(text))
    unspaced = len(UNSPACED.findall(text))
    return spaced + unspaced // 3 if unspaced > 8 else spaced
