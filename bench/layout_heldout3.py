"""Parts only the third held-out set's pages have (bench/layouts.py, set "held-out-3").

Written from what real aggregators put around an article, unlike every earlier set: a
"you are here" line and a weather or stock widget before the title, a date-and-source
byline and a print/mail line under it, live-ticker time stamps over paragraphs and a
gallery counter between them, pagination, a tag cloud (a heading over one tag a line), a
rating widget and an error-report line after the body; teasers under a kicker line
(Dachzeile) and with a badge, teasers of a time stamp and a headline only, headlines
separated by pipes, sponsored teasers at the page's end, lines indented with tabs.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_words import Words

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_3_EXTRAS = (
    "you-are-here",
    "weather",
    "source-byline",
    "print-mail",
    "ticker",
    "gallery-counter",
    "pagination",
    "tag-cloud",
    "rating-widget",
    "error-report",
    "dachzeile",
    "time-teasers",
    "pipe-teasers",
    "sponsored",
    "tab-indent",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = ("dachzeile", "time-teasers", "pipe-teasers")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_3_EXTRAS, TEASER_FORMS, rng, n)
    site.words = {
        "here": rng.choice(words.you_are_here),
        "weather": rng.choice(words.weather),
        "source-byline": rng.choice(words.source_bylines),
        "print": rng.choice(words.print_mail),
        "print-top": "top" if rng.random() < 0.5 else "bottom",
        "pagination": rng.choice(words.paginations),
        "gallery": rng.choice(words.gallery_counters),
        "ticker": rng.choice(words.ticker_stamps),
        "tag-heading": rng.choice(words.tag_headings),
        "rating": rng.choice(words.rating_widgets),
        "error": rng.choice(words.error_reports),
        "badge": rng.choice(words.teaser_badges),
        "time-form": rng.choice(["{t} {title}", "{t} · {title}", "{t}\n{title}"]),
        "pipe-heading": rng.choice(words.pipe_headings),
    }


def _time(rng: random.Random) -> tuple[str, str]:
    return f"{rng.randint(6, 23):02d}", f"{rng.randint(0, 59):02d}"


def pre_title(site: Site, words: Words, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines before the title: a "you are here" line, a weather/stock widget."""
    out = []
    if "weather" in site.extra:
        fams.add("variant-weather")
        out.append(site.words["weather"].format(n=rng.randint(3, 29)))
    if "you-are-here" in site.extra:
        fams.add("variant-you-are-here")
        crumbs = site.crumb_sep.join(rng.sample(words.sections, rng.randint(2, 3)))
        out.append(site.words["here"].format(crumbs=crumbs))
    return out


def under_title(
    site: Site, words: Words, date: str, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines under the title: a date-and-source byline, a print/mail line."""
    out = []
    if "source-byline" in site.extra:
        fams.add("variant-source-byline")
        agency = rng.choice(words.agencies)
        out.append(site.words["source-byline"].format(date=date, agency=agency))
    if "print-mail" in site.extra and site.words["print-top"] == "top":
        fams.add("variant-print-mail")
        out.append(site.words["print"])
    return out


def before_paragraph(site: Site, i: int, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines over the i-th paragraph: a live ticker's time stamp."""
    if "ticker" not in site.extra or i % 2:
        return []
    fams.add("variant-ticker")
    hh, mm = _time(rng)
    return [site.words["ticker"].format(hh=hh, mm=mm)]


def after_paragraph(
    site: Site, i: int, count: int, rng: random.Random, fams: set[str]
) -> list[str]:
    """Return the lines after the i-th of count paragraphs: a gallery counter."""
    if "gallery-counter" not in site.extra or i != min(1, count - 1):
        return []
    fams.add("variant-gallery-counter")
    m = rng.randint(4, 24)
    return [site.words["gallery"].format(n=rng.randint(1, m), m=m)]


def after_body(site: Site, words: Words, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right after the body: pagination, print line, tags, rating, error."""
    out = []
    if "pagination" in site.extra:
        fams.add("variant-pagination")
        out.append(site.words["pagination"])
    if "print-mail" in site.extra and site.words["print-top"] == "bottom":
        fams.add("variant-print-mail")
        out.append(site.words["print"])
    if "tag-cloud" in site.extra:
        fams.add("variant-tag-cloud")
        out.append(site.words["tag-heading"])
        out += rng.sample(words.sections, rng.randint(3, 6))
    if "rating-widget" in site.extra:
        fams.add("variant-rating-widget")
        out.append(site.words["rating"].format(n=rng.randint(3, 180)))
    if "error-report" in site.extra:
        fams.add("variant-error-report")
        out.append(site.words["error"])
    return out


def teaser_block(
    site: Site, words: Words, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, open_own_teasers

    opened = open_own_teasers(site, TEASER_FORMS, fams)
    if opened is None:
        return None
    form, lines = opened
    titles = [o["title"] for o in others]
    if form == "pipe-teasers":
        if not site.heading:
            lines.append(site.words["pipe-heading"])
        for k in range(0, len(titles), 3):
            lines.append(" | ".join(titles[k : k + 3]))
        return lines, titles
    if form == "time-teasers":
        for title in titles:
            hh, mm = _time(rng)
            lines += site.words["time-form"].format(t=f"{hh}:{mm}", title=title).split("\n")
        return lines, titles
    must_go: list[str] = []
    for other in others:
        text = lead(other, rng) + (site.marker if site.teaser_style == "marker" else " …")
        badge = site.words["badge"].format(n=rng.randint(2, 90)) if rng.random() < 0.5 else ""
        lines += [rng.choice(words.dachzeilen), other["title"] + badge, text]
        must_go += [other["title"], text[:60]]
    return lines, must_go


def page_end(site: Site, words: Words, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines at the end of the page: sponsored teasers."""
    if "sponsored" not in site.extra:
        return []
    fams.add("variant-sponsored")
    return rng.sample(words.sponsored, 2)


def indent(site: Site, lines: list[str], fams: set[str]) -> list[str]:
    """Indent every line with a tab, as pages copied out of tables are."""
    if "tab-indent" not in site.extra:
        return lines
    fams.add("format-tab-indent")
    return ["\t" + line for line in lines]
