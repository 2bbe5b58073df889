"""Tell what a word of a text is: its pattern, its parts, and the spellings read as one."""

from __future__ import annotations

import re

# Words are runs of letters/digits; hyphens (ASCII, U+2010, U+2011) join them into one
# word, so "Kim Jong-un" or "KN-23" stay findable whole and in parts. An en dash or a
# hyphen followed by a space ("Kinder- und Jugendarzt") does not join. Underscores join
# the words of a name written as one ("Super_Bowl_50", a page's or file's name) the
# same way; a word is never underscores alone. A number with thousands points
# ("13.000") is one word too, found whole ("13000") and in parts, and a date written in
# figures ("5.1.", "05.01.2021") is read as day, month and year. A percent sign is a
# word of its own: the "Prozent" it stands for (SAME_AS).
DATE = r"\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})?(?!\d)"
THOUSANDS = r"\d{1,3}(?:\.\d{3})+(?![\d])"
_RUN = r"[^\W_]+"
WORD = re.compile(rf"{DATE}|{THOUSANDS}|{_RUN}(?:(?:[-\u2010\u2011]|_+){_RUN})*|%")
# What the analyzers index as words: WORD's words, and a decimal with a comma ("6,5")
# as one word, found whole only. Its pieces are no numbers of their own: "sechs" or a
# typed "5" must not find "6,5 Prozent" (a number word is its figure, SAME_AS).
DECIMAL = r"(?<![\d.,])\d+,\d+(?![\d,])"
TOKEN_SPELLED = rf"{DECIMAL}|{WORD.pattern}"
# TOKEN finds what TOKEN_SPELLED does, written so that each branch begins with its first
# character's class (a letter, a figure, "%"): the regex engine tries one branch at most
# where a word begins with a letter, and the figures' branches after one figure read.
# The branches in TOKEN_SPELLED's order each drop their first figure: a decimal (its
# look-behind checks the character before that figure), a date, a number with thousands
# points, a run of letters and figures.
# A run of letters and figures and the parts joined to it are taken whole, never given
# back (possessive: a shorter run could match nothing more), which spares the engine
# keeping a way back at each letter.
_JOINED = r"(?:(?:[-\u2010\u2011]|_++)[^\W_]++)*+"
_AFTER_FIGURE = (
    r"(?<![\d.,]\d)\d*,\d+(?![\d,])"
    r"|\d?\.\d{1,2}\.(?:\d{4}|\d{2})?(?!\d)"
    r"|\d{0,2}(?:\.\d{3})+(?!\d)"
    rf"|[^\W_]*+{_JOINED}"
)
TOKEN = re.compile(rf"[^\W\d_][^\W_]*+{_JOINED}|\d(?:{_AFTER_FIGURE})|%")
HYPHENS = re.compile(r"[-\u2010\u2011]")
# What joins the parts of one word: hyphens, underscores, and the points of a number.
JOINERS = re.compile(r"[-\u2010\u2011._]")
PART = re.compile(_RUN)
DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2,4})?")
MONTHS = (
    "januar februar märz april mai juni juli august september oktober november dezember"
).split()
# German number words and their values: a word for one is left out, as it is the
# article "ein" and, as an ordinal, "erst" ("only") as well.
_UNITS = ("", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_TEENS = "zehn elf zwölf dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn".split()
_TENS = ("zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")
# Ordinals whose stem is not the cardinal's ("dritte", "siebte", "achte").
_ORDINAL_STEMS = {3: "dritt", 7: "siebt", 8: "acht"}
_ENDINGS = ("e", "en", "er", "es", "em")
# How words are spelt without umlauts and ß ("fuenf", "dreissig").
_SPELT_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def _cardinals() -> dict[int, str]:
    """Return the German words of the numbers from two to ninety-nine, 100 and 1000."""
    words = {n: _UNITS[n] for n in range(2, 10)}
    words.update({10 + n: w for n, w in enumerate(_TEENS)})
    for t, tens in enumerate(_TENS, 2):
        words[10 * t] = tens
        words.update({10 * t + u: f"{_UNITS[u]}und{tens}" for u in range(1, 10)})
    words.update({100: "hundert", 1000: "tausend"})
    return words


def _number_words() -> dict[str, str]:
    """Map each number word, cardinal or ordinal with its endings ("fünf", "drittes",
    "zwanzigsten"), and its spelling without umlauts and ß, to its figure."""
    out: dict[str, str] = {}
    for n, word in _cardinals().items():
        figure = str(n)
        ordinal = _ORDINAL_STEMS.get(n, word + ("t" if n < 20 else "st"))
        for form in (word, *(ordinal + e for e in _ENDINGS)):
            out[form] = out[form.translate(_SPELT_OUT)] = figure
    return out


# Words an archive spells two ways, taken as the same: Austrian month names, a percent
# sign as the word it stands for, and a number written as a word as its figure ("fünf
# Tage" and "5 Tage", "das dritte Gesetz" and "das 3. Gesetz"); an age ("91-Jährige",
# "15-jährigen") as the years it counts ("91 Jahre").
SAME_AS = {
    "jänner": "januar",
    "jaenner": "januar",
    "feber": "februar",
    "%": "prozent",
    **_number_words(),
}
AGE = re.compile(r"(?:jährig|jaehrig)(?:e|en|er|es|em)?", re.IGNORECASE)
# A decade, in figures with or without its century or in words ("1970er", "70ern",
# "Siebzigerjahre"): its two figures ("70er"), as all its spellings are taken.
_DECADE_WORDS = {w: str(10 * t) for t, w in enumerate(_TENS, 2)}
_DECADE_WORDS.update({w.translate(_SPELT_OUT): d for w, d in _DECADE_WORDS.items()})
DECADE = re.compile(
    rf"(?:1[89]|20)?(\d0|{'|'.join(_DECADE_WORDS)})er(?:n|jahre|jahren)?", re.IGNORECASE
)

_DECADE_ENDS = ("er", "ern", "erjahre", "erjahren")


def other_spellings() -> dict[str, frozenset[str]]:
    """Map each word same_as() gives to the words it gives it for ("5": fünf, fuenf,
    fünfte, …; "80er": achtziger, …; "januar": jänner, …).

    A decade in figures ("1980er", "80ern") holds its short form and is not listed.
    """
    out: dict[str, set[str]] = {}
    for word, same in SAME_AS.items():
        out.setdefault(same, set()).add(word)
    for word, tens in _DECADE_WORDS.items():
        out.setdefault(tens + "er", set()).add(word + "er")
    return {same: frozenset(words) for same, words in out.items()}


def same_as(word: str) -> str | None:
    """Return the word a word of WORD means but spells otherwise ("Jänner": januar,
    "fünf": 5, "1970ern": 70er), None if it means only itself."""
    lower = word.lower()
    found = SAME_AS.get(lower)
    if found is not None:
        return found
    if not lower.endswith(_DECADE_ENDS):  # what DECADE ends in: most words are no decade
        return None
    decade = DECADE.fullmatch(lower)
    if decade is None:
        return None
    tens = decade.group(1)
    short = _DECADE_WORDS.get(tens, tens) + "er"
    return short if short != lower else None


def word_width(word: str) -> int:
    """Return how many positions a word of WORD takes: its parts if it is joined."""
    return 1 if JOINERS.search(word) is None else len(PART.findall(word))
