"""Tell what a word of a text is: its pattern, its parts, and the spellings read as one."""

from __future__ import annotations

import re

# Words are runs of letters/digits; hyphens (ASCII, U+2010, U+2011) join them into one
# word, so "Kim Jong-un" or "KN-23" stay findable whole and in parts. An en dash or a
# hyphen followed by a space ("Kinder- und Jugendarzt") does not join. A number with
# thousands points ("13.000") is one word too, found whole ("13000") and in parts, and a
# date written in figures ("5.1.", "05.01.2021") is read as day, month and year.
DATE = r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?!\d)"
THOUSANDS = r"\d{1,3}(?:\.\d{3})+(?![\d])"
WORD = re.compile(rf"{DATE}|{THOUSANDS}|\w+(?:[-\u2010\u2011]\w+)*")
HYPHENS = re.compile(r"[-\u2010\u2011]")
# What joins the parts of one word: hyphens, and the points of a number.
JOINERS = re.compile(r"[-\u2010\u2011.]")
PART = re.compile(r"\w+")
DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})?")
MONTHS = (
    "januar februar märz april mai juni juli august september oktober november dezember"
).split()
# Words an archive spells two ways, taken as the same: Austrian month names, and an age
# ("91-Jährige", "15-jährigen") as the years it counts ("91 Jahre").
SAME_AS = {"jänner": "januar", "jaenner": "januar", "feber": "februar"}
AGE = re.compile(r"(?:jährig|jaehrig)(?:e|en|er|es|em)?", re.IGNORECASE)


def word_width(word: str) -> int:
    """Return how many positions a word of WORD takes: its parts if it is joined."""
    return 1 if JOINERS.search(word) is None else len(PART.findall(word))
