"""Quality flags: what an article's metadata says about how far to trust it."""

from __future__ import annotations

from datetime import datetime, timedelta

# Below this detection confidence the language is flagged as uncertain.
UNCERTAIN_LANGUAGE = 0.9
EARLIEST_DATE = datetime(1900, 1, 1)
# A date this far after indexing is taken for an error (a wrong year, a US date read as EU).
FUTURE_SLACK = timedelta(days=2)

FLAGS = (
    "date-missing",
    "date-future",
    "date-before-1900",
    "lang-uncertain",
    "lang-unknown",
    "cleaning-uncertain",
)


def quality_flags(
    date: datetime | None,
    lang: str,
    lang_prob: float,
    cleaning_uncertain: bool = False,
    now: datetime | None = None,
) -> list[str]:
    """Return the flags of an article: a missing or implausible date, an unsure language,
    a cleaning unsure of what is article and what is page chrome (index/clean.py)."""
    flags = []
    if date is None:
        flags.append("date-missing")
    else:
        now = now or datetime.now()
        if date > now + FUTURE_SLACK:
            flags.append("date-future")
        if date < EARLIEST_DATE:
            flags.append("date-before-1900")
    if lang in ("", "unknown"):
        flags.append("lang-unknown")
    elif lang_prob < UNCERTAIN_LANGUAGE:
        flags.append("lang-uncertain")
    if cleaning_uncertain:
        flags.append("cleaning-uncertain")
    return flags
