"""Cue words of page chrome in German and English: a fallback beside shape and evidence.

The cleaner recognises chrome and teasers by their shape and by what recurs in the
archive (index.shape, index.evidence); these words only tip the balance where shape alone
is unsure, so a wording missing here costs little. Words are matched as lower-case tokens.
"""

from __future__ import annotations

import re

# Words of read-more links and of the headings above lists of other articles.
READ_WORDS = frozenset(
    {
        "mehr", "weiter", "weiterlesen", "lesen", "lies", "artikel", "beitrag", "bericht",
        "ganzen", "ganze", "vollständig", "hier", "zum", "zur", "den", "die", "das",
        "read", "more", "full", "story", "article", "continue", "reading", "the", "here",
        "see", "view", "open", "go",
    }
)  # fmt: skip

# Words of headings above teaser lists ("Weitere Artikel", "Related stories").
HEADING_WORDS = frozenset(
    {
        "weitere", "weiteres", "mehr", "artikel", "beiträge", "nachrichten", "news",
        "meldungen", "themen", "thema", "auch", "lesen", "interessant", "empfehlungen",
        "empfohlen", "empfehlung", "redaktion", "beliebt", "beliebteste", "meistgelesen",
        "meistgelesene", "aktuell", "aktuelle", "neueste", "neu", "top", "ressort", "dazu",
        "passend", "zum", "aus", "dem", "der", "könnte", "sie", "related", "stories",
        "story", "recommended", "recommendations", "popular", "trending", "latest", "more",
        "other", "also", "read", "you", "for", "from", "might", "like", "editor", "picks",
        "headlines", "schlagzeilen",
    }
)  # fmt: skip

# Words that announce another article inside the body ("Lesen Sie auch: …").
ANNOUNCE_WORDS = frozenset(
    {
        "lesen", "lies", "auch", "siehe", "mehr", "thema", "zum", "dazu", "passend",
        "interessant", "empfehlung", "tipp", "hintergrund", "weiterlesen", "artikel",
        "read", "also", "see", "more", "related", "recommended", "article", "story",
    }
)  # fmt: skip

# Words of the page's own furniture, by what it is: consent notices, sharing, newsletters,
# advertising, comments, legal links.
CHROME_GROUPS: dict[str, frozenset[str]] = {
    "consent": frozenset(
        {
            "cookie", "cookies", "datenschutz", "datenschutzerklärung", "privacy", "consent",
            "einwilligung", "zustimmen", "zustimmung", "akzeptieren", "accept", "ablehnen",
            "tracking", "einstellungen", "settings",
        }
    ),
    "share": frozenset(
        {
            "teilen", "share", "facebook", "twitter", "whatsapp", "telegram", "linkedin",
            "pinterest", "e-mail", "email", "drucken", "print", "xing", "reddit",
        }
    ),
    "newsletter": frozenset(
        {"newsletter", "abonnieren", "abonnement", "abo", "subscribe", "anmelden", "registrieren"}
    ),
    "advertising": frozenset({"anzeige", "werbung", "advertisement", "sponsored", "ad"}),
    "comments": frozenset({"kommentare", "kommentar", "comments", "comment", "leserkommentare"}),
    "legal": frozenset(
        {
            "impressum", "agb", "kontakt", "copyright", "rechte", "vorbehalten", "rights",
            "reserved", "nutzungsbedingungen", "terms", "contact", "startseite", "home",
        }
    ),
}  # fmt: skip
CHROME_WORDS = frozenset().union(*CHROME_GROUPS.values())


def chrome_group(text: str) -> str:
    """Return the chrome group most of text's cue words belong to ("" for none)."""
    tokens = cue_tokens(text)
    best, hits = "", 0
    for name, words in CHROME_GROUPS.items():
        n = sum(t in words for t in tokens)
        if n > hits:
            best, hits = name, n
    return best


# Word tokens as the cue sets hold them.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def cue_tokens(text: str) -> list[str]:
    """Return the lower-case word tokens of text, hyphenated words whole."""
    return [w.lower() for w in WORD.findall(text)]


def share(text: str, words: frozenset[str]) -> float:
    """Return the share of text's word tokens that are in words (0 for no tokens)."""
    tokens = cue_tokens(text)
    if not tokens:
        return 0.0
    return sum(t in words for t in tokens) / len(tokens)


def count(text: str, words: frozenset[str]) -> int:
    """Return how many of text's word tokens are in words."""
    return sum(t in words for t in cue_tokens(text))
