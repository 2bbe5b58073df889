"""Parts only the thirty-fourth held-out pair's pages have (bench/layouts.py, "held-out-34").

Written from how news sites set what stands around an article's title, in arrangements
no earlier set has: the title split over two lines at the word nearest its middle (no
mark of its own there); a kicker of the page's own ending in a colon on a line of its
own, then a date and author line, then the title; a kicker glued before the title by a
colon; the page's head title at the top in a browser's title-bar form ("Titel | Site",
"Site - Titel") over the plain title; the title in capitals with its mixed-case copy
lower, under an author and time line; the title in quotation marks behind a news
source; a question of the site's own under the title; English articles (title and body)
on a German site under a German label. Besides: a line back to the overview at the top,
the edition over the title and a tool line under it. Sites of four title forms never show
the title again in lower case.

Cleaner version 27, measured once when this set was written, before any cleaner change
(.venv/bin/python bench/cleaning.py --set held-out-34 held-out-34-words --evidence run):
held-out-34 body P 0.9992, R 0.9904, titles 0.8533, 1 of 300 pages leaking, language
1.0000 (titles per family: quote-source 0.0000, split-middle 0.6512 (43 pages), tools
0.8200, edition 0.8400, back 0.9244, kicker-colon and kicker-date 0.9600, tag-top
0.9800, caps, english and question 1.0000); held-out-34-words body P 0.9996, R 0.9913,
titles 0.9933, 1 of 300 pages leaking, language 1.0000.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_heldout32 import _stamp
from layout_words import Words
from layout_words_heldout34 import HELD_OUT_34_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

# Forms of the title and what stands right around it: each site has one, in turn.
TITLE_FORMS = (
    "h34-split-middle",
    "h34-kicker-date",
    "h34-tag-top",
    "h34-caps",
    "h34-quote-source",
    "h34-question",
    "h34-kicker-colon",
    "h34-english",
)
# Parts a site may have besides its title form (each goes to two sites at least).
HELD_OUT_34_EXTRAS = ("h34-back", "h34-edition", "h34-tools")
# Title forms whose pages never show the title again in lower case.
NO_COPY = ("h34-split-middle", "h34-caps", "h34-quote-source", "h34-tag-top")
# A title is split in two only when it has this many words at least.
SPLIT_WORDS = 6


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site its title form and some of the set's other parts."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_34_EXTRAS, (), rng, n, share=0.2)
    form = TITLE_FORMS[n % len(TITLE_FORMS)]
    site.extra.add(form)
    if form in NO_COPY:
        site.title_copy = 0.0
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["sections"] = "|".join(rng.sample(words.sections, 5))


def mine(site: Site) -> bool:
    """Tell whether the site is one of this set's."""
    return any(x.startswith("h34-") for x in site.extra)


def site_articles(
    site: Site,
    docs: list[dict[str, Any]],
    usable: list[dict[str, Any]],
    taken: list[dict[str, Any]],
    rng: random.Random,
) -> list[dict[str, Any]]:
    """Return the site's articles: English ones not taken elsewhere for an English site."""
    if "h34-english" not in site.extra:
        return docs
    ids = {d["id"] for d in taken}
    english = [d for d in usable if d.get("lang_hint") == "en" and d["id"] not in ids]
    rng.shuffle(english)
    return english[: len(docs)] + docs[len(english) :]


def _split(title: str) -> list[str]:
    """Return the title split at the word nearest its middle (one line when short)."""
    words = title.split(" ")
    if len(words) < SPLIT_WORDS:
        return [title]
    half = len(title) / 2
    cut = min(range(2, len(words) - 1), key=lambda i: abs(len(" ".join(words[:i])) - half))
    return [" ".join(words[:cut]), " ".join(words[cut:])]


def page_top(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines at the page's top: the head title, a line back to the overview."""
    extra = site.extra
    out: list[str] = []
    if not mine(site):
        return out
    if "h34-tag-top" in extra:
        fams.add("variant-h34-tag-top")
        section = rng.choice(site.words["sections"].split("|"))
        head = site.words["tag-form"]
        out.append(head.format(site=site.name, title=doc["title"], section=section))
    if "h34-back" in extra:
        fams.add("variant-h34-back")
        out.append(site.words["back"])
    return out


def pre_title(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right over the title: edition, kicker and date, English label."""
    extra = site.extra
    out: list[str] = []
    if not mine(site):
        return out
    if "h34-edition" in extra:
        fams.add("variant-h34-edition")
        out.append(site.words["edition"])
    if "h34-kicker-date" in extra:
        fams.add("variant-h34-kicker-date")
        out.append(rng.choice(PARTS["kickers"]))
        out.append(site.words["date-author"].format(**_stamp(rng)))
    if "h34-english" in extra:
        fams.add("variant-h34-english")
        out.append(site.words["english-label"])
    return out


def title_lines(
    site: Site, doc: dict[str, Any], lines: list[str], rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the title as the page shows it (lines: as the earlier sets' parts made it)."""
    extra = site.extra
    if not mine(site) or len(lines) != 1:
        return lines
    title = lines[0]
    if "h34-split-middle" in extra and len(parts := _split(title)) == 2:
        fams.add("variant-h34-split-middle")
        return parts
    if "h34-kicker-colon" in extra:
        fams.add("variant-h34-kicker-colon")
        return [f"{rng.choice(PARTS['glued-kickers'])}: {title}"]
    if "h34-caps" in extra:
        fams.add("variant-h34-caps")
        return [title.upper()]
    if "h34-quote-source" in extra:
        fams.add("variant-h34-quote-source")
        agency = rng.choice(PARTS["agencies"])
        return [site.words["quote-source"].format(agency=agency, title=title)]
    return lines


def under_title(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines under the title: meta and mixed-case copy, question, tools."""
    extra = site.extra
    out: list[str] = []
    if not mine(site):
        return out
    if "h34-caps" in extra:
        out.append(site.words["caps-meta"].format(**_stamp(rng)))
        out.append(doc["title"])
    if "h34-question" in extra:
        fams.add("variant-h34-question")
        out.append(rng.choice(PARTS["questions"]))
    if "h34-tools" in extra:
        fams.add("variant-h34-tools")
        out.append(site.words["tools"])
    return out
