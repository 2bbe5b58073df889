"""Keys of a line's stamped label: a few words with a time, a date or a symbol in them
before a separator, then someone else's text (index/stamped.py tells such lines)."""

from __future__ import annotations

import re
import unicodedata

from index.keys import digest

WORD = re.compile(r"\w+")
DIGITS = re.compile(r"\d+")
# A label has this many words (its numbers counted), one before a symbol: more is a
# sentence's start.
LABEL_MIN_WORDS = 2
LABEL_MAX_WORDS = 8
# The text after the label has this many words at least (someone's sentence).
REST_MIN_WORDS = 4
# Separators standing apart between label and text: symbols (categories So, Sm) and a
# colon closing the label's last word.
SEPARATOR_CATEGORIES = ("So", "Sm")


def _separator(token: str) -> bool:
    """Tell whether a whitespace-separated token is a separator standing apart."""
    return all(unicodedata.category(c) in SEPARATOR_CATEGORIES for c in token)


def split_labels(text: str) -> list[tuple[str, str, bool]]:
    """Return the (label, text after it, whether a symbol stands between) a line may
    open with: a stamped label before a separator among its first words. A label is
    stamped by a digit or a handle's @ in it, or by a symbol standing apart after it or in
    it (prose has none); a label of one word only by such a symbol."""
    tokens = text.split()
    # Where a label ends, where the text after it starts (token indexes), and whether a
    # symbol stands between them.
    cuts: list[tuple[int, int, bool]] = []
    for i, token in enumerate(tokens[: LABEL_MAX_WORDS + 2]):
        if i and _separator(token):
            cuts.append((i, i + 1, True))  # the separator itself belongs to neither
        elif token.endswith(":") and i + 1 < len(tokens):
            cuts.append((i + 1, i + 1, False))
    found = []
    for end, start, symbol in cuts:
        head, rest = tokens[:end], tokens[start:]
        label = " ".join(head).rstrip(":")
        words = WORD.findall(label)
        least = 1 if symbol else LABEL_MIN_WORDS
        if not least <= len(words) <= LABEL_MAX_WORDS:
            continue
        if len(WORD.findall(" ".join(rest))) < REST_MIN_WORDS:
            continue
        stamped = symbol or any(c.isdigit() for c in label) or "@" in label
        if stamped or any(_separator(t) for t in head):
            found.append((label, " ".join(rest), symbol))
    return found


def keys_of(label: str, symbol: bool) -> list[int]:
    """Return the keys a stamped label is counted under: its words case folded, numbers
    folded, with each run of one or two words holding a word left out (a name's place),
    and whole when a symbol stands after it. A time stamp ("15:45 Uhr:") leaves no
    wording once its word is left out: no key."""
    words = [DIGITS.sub("0", w) for w in WORD.findall(label.casefold())]
    variants = [words] if symbol else []
    for span in (1, 2):
        for i in range(len(words) - span + 1):
            if any(w != "0" for w in words[i : i + span]):
                variants.append(words[:i] + ["\x00"] + words[i + span :])
    keys = []
    for rest in variants:
        # A label left with nothing but numbers is a time stamp alone, no wording.
        if any(w not in ("\x00", "0") for w in rest):
            keys.append(digest("\x00label " + " ".join(rest)))
    return keys


def label_keys(text: str) -> list[int]:
    """Return the keys of every stamped label a line may open with (none: it has none)."""
    return [key for label, _, symbol in split_labels(text) for key in keys_of(label, symbol)]
