"""Parts only the thirty-second held-out pair's pages have (bench/layouts.py, "held-out-32").

Written from how news sites set what stands around an article's title, in arrangements
no earlier set has: a subtitle of its own under the title (a phrase, no sentence, not
from the body); the title again in another casing (sentence case or every word
capitalised) over or under it; the title cut short at a word with a mark, as a sticky bar
shows it, at the page's top; a caption of two lines (what the picture shows, then who
took it) right over the title; a symbol glued before every title of the site; date, time
and author on one line over the title; the section as a kicker over the title (in
capitals behind an arrow, in brackets or behind a slash); the site's name with its motto
at the top. Besides: the last change and a page counter under the title; a consent notice
of two sentences with its choices on one line, the weather and an account line at the
top. Sites of four title forms never show the title again in lower case.

Cleaner version 25, measured once when this set was written, before any cleaner change
(.venv/bin/python bench/cleaning.py --set held-out-32 held-out-32-words --evidence run):
held-out-32 body P 0.9942, R 0.9770, titles 0.8300, 24 of 300 pages leaking, language
1.0000 (titles per family: caption-over 0.2000, cut-copy 0.5800, weather 0.6667,
updated 0.8444, consent-block 0.8800, account and pages 0.8867, symbol 0.9600,
case-copy, date-author, section-kicker, subtitle and tagline 1.0000);
held-out-32-words body P 0.9981, R 0.9842, titles 0.9967, 11 of 300 pages leaking,
language 1.0000.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_words import NAMES, Words
from layout_words_heldout32 import CITIES, MONTHS, MONTHS_EN
from layout_words_heldout32 import HELD_OUT_32_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

# Forms of the title and what stands right around it: each site has one, in turn.
TITLE_FORMS = (
    "h32-subtitle",
    "h32-case-copy",
    "h32-cut-copy",
    "h32-caption-over",
    "h32-symbol",
    "h32-date-author",
    "h32-section-kicker",
    "h32-tagline",
)
# Parts a site may have besides its title form (each goes to two sites at least).
HELD_OUT_32_EXTRAS = ("h32-updated", "h32-pages", "h32-consent-block", "h32-weather", "h32-account")
# Title forms whose pages never show the title again in lower case.
NO_COPY = ("h32-case-copy", "h32-cut-copy", "h32-caption-over", "h32-symbol")
# A title cut short keeps this share of its words, and this many words at least.
CUT_SHARE = 0.55
CUT_WORDS = 3


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site its title form and some of the set's other parts."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_32_EXTRAS, (), rng, n, share=0.2)
    form = TITLE_FORMS[n % len(TITLE_FORMS)]
    site.extra.add(form)
    if form in NO_COPY:
        site.title_copy = 0.0
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["copy-case"] = rng.choice(["sentence", "words"])
    site.words["sections"] = "|".join(rng.sample(words.sections, 5))


def mine(site: Site) -> bool:
    """Tell whether the site is one of this set's."""
    return any(x.startswith("h32-") for x in site.extra)


def _other_case(site: Site, title: str) -> str:
    """Return the title in the site's other casing."""
    if site.words["copy-case"] == "sentence":
        return title[:1].upper() + title[1:].lower()
    return " ".join(w[:1].upper() + w[1:] for w in title.split(" "))


def _cut(title: str) -> str:
    """Return the title cut at a word, or "" when it is too short to cut."""
    words = title.split()
    keep = max(CUT_WORDS, round(len(words) * CUT_SHARE))
    if keep >= len(words):
        return ""
    return " ".join(words[:keep]).rstrip(",:;–-")


def _stamp(rng: random.Random) -> dict[str, Any]:
    """Draw a date and a time."""
    m = rng.randint(1, 12)
    return {
        "d": rng.randint(1, 28), "m": f"{m:02d}", "y": rng.randint(2018, 2024),
        "month": MONTHS[m - 1], "month_en": MONTHS_EN[m - 1],
        "hh": f"{rng.randint(6, 22):02d}", "mm": f"{rng.randint(0, 59):02d}",
        "name": rng.choice(NAMES),
    }  # fmt: skip


def page_top(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines at the page's top: consent, account, weather, motto, sticky bar."""
    extra = site.extra
    out: list[str] = []
    if not mine(site):
        return out
    if "h32-consent-block" in extra:
        fams.add("variant-h32-consent-block")
        out += [site.words["consent-block"], site.words["consent-choices"]]
    if "h32-account" in extra:
        fams.add("variant-h32-account")
        out.append(site.words["account"])
    if "h32-weather" in extra:
        fams.add("variant-h32-weather")
        out.append(site.words["weather"].format(city=rng.choice(CITIES), t=rng.randint(-3, 31)))
    if "h32-tagline" in extra:
        fams.add("variant-h32-tagline")
        out.append(site.words["tagline"].format(site=site.name, upper=site.name.upper()))
    if "h32-cut-copy" in extra and (cut := _cut(doc["title"])):
        fams.add("variant-h32-cut-copy")
        out.append(site.words["cut-mark"].format(cut=cut))
    return out


def pre_title(
    site: Site, doc: dict[str, Any], words: Words, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines right over the title."""
    extra = site.extra
    out: list[str] = []
    if not mine(site):
        return out
    if "h32-date-author" in extra:
        fams.add("variant-h32-date-author")
        out.append(site.words["date-author"].format(**_stamp(rng)))
    if "h32-section-kicker" in extra:
        fams.add("variant-h32-section-kicker")
        section = rng.choice(site.words["sections"].split("|"))
        out.append(site.words["section-kicker"].format(section=section, upper=section.upper()))
    if "h32-caption-over" in extra and rng.random() < 0.8:
        fams.add("variant-h32-caption-over")
        out.append(rng.choice(words.caption_texts))
        credit = site.words["caption-credit"]
        out.append(credit.format(agency=rng.choice(words.agencies), name=rng.choice(NAMES)))
    if "h32-case-copy" in extra and site.words["copy-place"] == "over":
        fams.add("variant-h32-case-copy")
        out.append(_other_case(site, doc["title"]))
    return out


def title_lines(site: Site, doc: dict[str, Any], lines: list[str], fams: set[str]) -> list[str]:
    """Return the title as the page shows it (lines: as the earlier sets' parts made it)."""
    if "h32-symbol" not in site.extra or len(lines) != 1:
        return lines
    fams.add("variant-h32-symbol")
    return [site.words["symbol"] + lines[0]]


def under_title(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines under the title: subtitle, a copy in another case, change, pages."""
    extra = site.extra
    out: list[str] = []
    if not mine(site):
        return out
    if "h32-subtitle" in extra:
        fams.add("variant-h32-subtitle")
        out.append(rng.choice(PARTS["subtitles"]))
    if "h32-case-copy" in extra and site.words["copy-place"] == "under":
        fams.add("variant-h32-case-copy")
        out.append(_other_case(site, doc["title"]))
    if "h32-updated" in extra:
        fams.add("variant-h32-updated")
        out.append(site.words["updated"].format(**_stamp(rng)))
    if "h32-pages" in extra:
        fams.add("variant-h32-pages")
        out.append(site.words["pages"].format(n=rng.randint(2, 4)))
    return out
