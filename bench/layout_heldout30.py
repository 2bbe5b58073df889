"""Parts only the thirtieth held-out pair's pages have (bench/layouts.py, "held-out-30").

Written from how news sites set what stands around an article's title, in arrangements
no earlier set has: a kicker of each page's own over the title, a question or a phrase
ending in a colon; the title framed by guillemets or angle quotes on every page; a line
under the title to share it, holding the title and the article's address; a dateline
with the place and the news agency over the title; a badge ("Live-Ticker", "EXKLUSIV")
over the title on some pages, on a line of its own or glued before it; the title in
capitals with the page's head title (the site's name after a pipe) at the top; the
body's first paragraph as a standfirst under the title, set off by marks (the body goes
on with its second paragraph); a title wrapped at a hyphen of its own (the hyphen
stays). Besides: a gallery's counter, the article's topics and a sponsor's line over the
title; a line pointing at another language's edition and the readers' rating under it.
Sites of four title forms never show the title again in lower case.

Cleaner version 23, measured once when this set was written, before any cleaner change
(.venv/bin/python bench/cleaning.py --set held-out-30 held-out-30-words --evidence run):
held-out-30 body P 0.9951, R 0.9859, titles 0.6400, 13 of 300 pages leaking, language
1.0000 (titles per family: frame 0.0000, caps-head 0.0000, badge 0.0000 (13 pages),
topics 0.5600, rating 0.5667, agency 0.6800, translation 0.7975, gallery 0.8060,
sponsor 0.8133, hyphen-wrap 0.8750 (8 pages), share-under 0.9600, kicker and
standfirst 1.0000); held-out-30-words body P 0.9998, R 0.9896, titles 1.0000, 1 of 300
pages leaking, language 1.0000.
"""

from __future__ import annotations

import hashlib
import random
import re
from typing import TYPE_CHECKING, Any

from layout_words import Words
from layout_words_heldout30 import AGENCIES, CITIES
from layout_words_heldout30 import HELD_OUT_30_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

# Forms of the title and what stands right around it: each site has one, in turn.
TITLE_FORMS = (
    "h30-kicker",
    "h30-frame",
    "h30-share-under",
    "h30-agency",
    "h30-badge",
    "h30-caps-head",
    "h30-standfirst",
    "h30-hyphen-wrap",
)
# Parts a site may have besides its title form (each goes to two sites at least).
HELD_OUT_30_EXTRAS = ("h30-gallery", "h30-topics", "h30-sponsor", "h30-translation", "h30-rating")
# Title forms whose pages never show the title again in lower case.
NO_COPY = ("h30-frame", "h30-badge", "h30-caps-head", "h30-hyphen-wrap")
# A hyphen inside a word, where a wrapped title may break (the hyphen stays on line one).
IN_WORD_HYPHEN = re.compile(r"(?<=\w-)(?=\w)")
SLUG = re.compile(r"[^a-z0-9]+")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site its title form and some of the set's other parts."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_30_EXTRAS, (), rng, n, share=0.2)
    form = TITLE_FORMS[n % len(TITLE_FORMS)]
    site.extra.add(form)
    if form in NO_COPY:
        site.title_copy = 0.0
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["badge-own-line"] = rng.choice(["yes", "no"])
    site.words["sections"] = "|".join(rng.sample(words.sections, 5))


def mine(site: Site) -> bool:
    """Tell whether the site is one of this set's."""
    return any(x.startswith("h30-") for x in site.extra)


def _slug(text: str) -> str:
    """Return text as an address's path part."""
    return SLUG.sub("-", text.lower()).strip("-")[:60]


def _url(site: Site, doc: dict[str, Any]) -> str:
    """Return the article's address on the site."""
    host = _slug(site.name).replace("-", "")
    number = int(hashlib.sha1(doc["id"].encode()).hexdigest()[:5], 16)
    return f"https://www.{host}.de/{_slug(doc['title'])}-{number}.html"


def page_top(site: Site, doc: dict[str, Any], fams: set[str]) -> list[str]:
    """Return the page's head title at the top (the site's name after a pipe)."""
    if "h30-caps-head" not in site.extra:
        return []
    fams.add("variant-h30-caps-head")
    return [site.words["head-title"].format(title=doc["title"], site=site.name)]


def pre_title(site: Site, doc: dict[str, Any], rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right over the title."""
    extra = site.extra
    out: list[str] = []
    if not mine(site):
        return out
    if "h30-sponsor" in extra:
        fams.add("variant-h30-sponsor")
        out.append(site.words["sponsor"])
    if "h30-gallery" in extra and rng.random() < 0.6:
        fams.add("variant-h30-gallery")
        out.append(site.words["gallery"].format(n=rng.randint(5, 40)))
    if "h30-topics" in extra:
        fams.add("variant-h30-topics")
        topics = ", ".join(rng.sample(site.words["sections"].split("|"), 3))
        out.append(site.words["topics"].format(topics=topics))
    if "h30-agency" in extra:
        fams.add("variant-h30-agency")
        city, city2 = rng.sample(CITIES, 2)
        out.append(
            site.words["agency-line"].format(
                city=city, city_upper=city.upper(), city2_upper=city2.upper(),
                agency=rng.choice(AGENCIES),
            )
        )  # fmt: skip
    if "h30-kicker" in extra and rng.random() < 0.8:
        fams.add("variant-h30-kicker")
        out.append(rng.choice(PARTS["kickers"]))
    return out


def title_lines(
    site: Site, doc: dict[str, Any], lines: list[str], rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the title as the page shows it (lines: as the earlier sets' parts made it)."""
    extra = site.extra
    if not mine(site) or len(lines) != 1:
        return lines
    title = lines[0]
    if "h30-frame" in extra:
        fams.add("variant-h30-frame")
        return [site.words["frame"].format(title=title)]
    if "h30-caps-head" in extra:
        return [title.upper()]
    if "h30-badge" in extra and rng.random() < 0.6:
        fams.add("variant-h30-badge")
        badge = site.words["badge"]
        if site.words["badge-own-line"] == "yes":
            return [badge, title]
        return [site.words["badge-glue"].format(badge=badge, title=title)]
    if "h30-hyphen-wrap" in extra:
        cuts = [m.start() for m in IN_WORD_HYPHEN.finditer(title)]
        cuts = [c for c in cuts if 8 <= c <= len(title) - 8]
        if cuts:
            fams.add("variant-h30-hyphen-wrap")
            cut = min(cuts, key=lambda c: abs(c - len(title) / 2))
            return [title[:cut], title[cut:]]
    return lines


def lead_under_title(site: Site, i: int, count: int) -> bool:
    """Tell whether the body's i-th paragraph stands under the title instead of in the body."""
    return "h30-standfirst" in site.extra and i == 0 and count > 1


def under_title(
    site: Site, doc: dict[str, Any], paras: list[str], rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines under the title: the standfirst, share, language and rating lines."""
    extra = site.extra
    out: list[str] = []
    if not mine(site):
        return out
    if lead_under_title(site, 0, len(paras)):
        fams.add("variant-h30-standfirst")
        out.append(site.words["standfirst"].format(text=paras[0]))
    if "h30-share-under" in extra:
        fams.add("variant-h30-share-under")
        out.append(site.words["share-under"].format(title=doc["title"], url=_url(site, doc)))
    if "h30-translation" in extra and rng.random() < 0.5:
        fams.add("variant-h30-translation")
        out.append(site.words["translation"])
    if "h30-rating" in extra:
        fams.add("variant-h30-rating")
        out.append(
            site.words["rating"].format(
                n=rng.randint(3, 250), r=rng.randint(2, 4), d=rng.randint(0, 9)
            )
        )
    return out
