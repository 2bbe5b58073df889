"""Parts only the twelfth held-out pair's pages have (bench/layouts.py, set "held-out-12").

Written from what real aggregators put around an article, in shapes and orders no
earlier set has: a print view's header line before the title and its address line at
the page's end, a block of other articles' headlines with their dates between the title
and the body, live-ticker time stamps opening the body's paragraphs (part of the
article: they must stay), a "read also" line naming two headlines separated by a pipe
and a picture gallery's numbered captions between paragraphs, footnotes with sources
and quoted reader comments under a heading after the body, an AMP view's footer line;
teasers as Markdown list rows with a bold headline and a date over the lead, with the
lead cut in the middle of a word and no marker at all, with HTML entities left in
headline and lead, as Markdown definition lists, and under Markdown heading marks; no-
break spaces in the body and before the title's last word, zero-width characters inside
chrome lines.
"""

from __future__ import annotations

import html
import random
from typing import TYPE_CHECKING, Any

from layout_words import NAMES, Words
from layout_words_heldout12 import HELD_OUT_12_PARTS as PARTS

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_12_EXTRAS = (
    "h12-print",
    "h12-related-top",
    "h12-stamps",
    "h12-readalso",
    "h12-gallery",
    "h12-sources",
    "h12-comments",
    "h12-amp",
    "h12-nbsp",
    "h12-md-teasers",
    "h12-midword-teasers",
    "h12-entity-teasers",
    "h12-deflist-teasers",
    "h12-mdhead-teasers",
)
# Teaser layouts of the set (a site has one of them at most).
TEASER_FORMS = (
    "h12-md-teasers",
    "h12-midword-teasers",
    "h12-entity-teasers",
    "h12-deflist-teasers",
    "h12-mdhead-teasers",
)
NBSP = "\u00a0"
ZERO_WIDTH = ("\u200b", "\u200c", "\u2060")
HOSTS = ("vorbote-vb.de", "zeitpunkt-online.de", "rhoenblatt.de", "bayshorebeacon.com")


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to one site at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_12_EXTRAS, TEASER_FORMS, rng, n, share=0.2)
    site.words = {key: rng.choice(values) for key, values in PARTS.items()}
    site.words["agency"] = rng.choice(words.agencies)
    site.words["host"] = rng.choice(HOSTS)


def _date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.20{rng.randint(18, 24)}"


def _zero_width(site: Site, line: str, rng: random.Random) -> str:
    """Return a chrome line with a zero-width character inside a word, as copied text
    from a page with hyphenation hints has them."""
    if "h12-nbsp" not in site.extra or len(line) < 6:
        return line
    at = line.find(" ") if " " in line else len(line) // 2
    at = max(2, at - 2)
    return line[:at] + rng.choice(ZERO_WIDTH) + line[at:]


def pre_title(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right before the title: the print view's header line."""
    if "h12-print" not in site.extra:
        return []
    fams.add("variant-h12-print")
    line = site.words["print-head"].format(date=_date(rng), site=site.name)
    return [_zero_width(site, line, rng)]


def title_line(site: Site, title: str, fams: set[str]) -> str:
    """Return the title as the page shows it: a no-break space before its last word."""
    if "h12-nbsp" not in site.extra or " " not in title:
        return title
    fams.add("format-h12-nbsp")
    head, last = title.rsplit(" ", 1)
    return f"{head}{NBSP}{last}"


def before_body(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]]:
    """Return a block of other articles' headlines with their dates between the title
    and the body, and the headlines, which must not be kept."""
    if "h12-related-top" not in site.extra:
        return [], []
    fams.add("variant-h12-related-top")
    picked = others[: rng.randint(2, 3)]
    out = [_zero_width(site, site.words["related-top"], rng)]
    out += [f"{d['title']} ({_date(rng)})" for d in picked]
    return out, [d["title"] for d in picked]


def stamp(site: Site, i: int, n: int, para: str, rng: random.Random, fams: set[str]) -> str:
    """Return the i-th of n paragraphs, opened by a live-ticker time stamp on a ticker
    page (the stamp is the article's: it must stay)."""
    if "h12-stamps" not in site.extra:
        return para
    fams.add("variant-h12-stamps")
    hh, mm = rng.randint(6, 22), rng.randint(0, 59)
    return site.words["stamp"].format(hh=hh, mm=mm) + para


def body_lines(site: Site, lines: list[str], rng: random.Random) -> list[str]:
    """Return a paragraph's lines with no-break spaces after numbers and short words."""
    if "h12-nbsp" not in site.extra:
        return lines
    out = []
    for line in lines:
        words = line.split(" ")
        joined = words[0]
        for prev, word in zip(words, words[1:], strict=False):
            glue = prev[:1].isdigit() or len(prev) <= 3
            joined += (NBSP if glue and rng.random() < 0.7 else " ") + word
        out.append(joined)
    return out


def after_paragraph(
    site: Site,
    i: int,
    n: int,
    words: Words,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
) -> tuple[list[str], list[str]]:
    """Return the lines after the i-th of n paragraphs (a gallery's numbered captions, a
    "read also" line naming two headlines) and the headlines named there, which must
    not be kept."""
    out: list[str] = []
    gone: list[str] = []
    if "h12-gallery" in site.extra and i == 0 and n > 2:
        fams.add("variant-h12-gallery")
        count = rng.randint(3, 5)
        for k in range(1, count + 1):
            credit = site.credit.format(agency=site.words["agency"], name=rng.choice(NAMES))
            text = rng.choice(words.caption_texts)
            out.append(site.words["gallery"].format(k=k, n=count, text=text, credit=credit))
    if "h12-readalso" in site.extra and i == n // 2 and n > 2:
        fams.add("variant-h12-readalso")
        a, b = rng.sample(others, 2)
        out.append(site.words["readalso"].format(a=a["title"], b=b["title"]))
        gone += [a["title"], b["title"]]
    return out, gone


def after_body(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right after the body: footnotes naming sources, then a heading
    over quoted reader comments."""
    out: list[str] = []
    if "h12-sources" in site.extra:
        fams.add("variant-h12-sources")
        for k in range(1, rng.randint(2, 3) + 1):
            year = rng.randint(2015, 2024)
            out.append(site.words["sources"].format(k=k, agency=site.words["agency"], year=year))
    if "h12-comments" in site.extra:
        fams.add("variant-h12-comments")
        out.append(_zero_width(site, site.words["comment-head"], rng))
        texts = rng.sample(PARTS["comment-texts"], rng.randint(2, 3))
        for text in texts:
            user = rng.choice(PARTS["users"])
            out.append(site.words["comment"].format(text=text, user=user))
    return out


def _midword(text: str, rng: random.Random) -> str:
    """Return text cut inside its last long word, with no marker."""
    head, _, last = text.rpartition(" ")
    if len(last) < 6 or not head:
        return text
    return f"{head} {last[: rng.randint(3, len(last) - 2)]}"


def teaser_block(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]] | None:
    """Return the set's own teaser block and the texts that must not leak (None: the
    site lays its teasers out as the other sets do)."""
    from layout_parts import lead, open_own_teasers

    opened = open_own_teasers(site, TEASER_FORMS, fams)
    if opened is None:
        return None
    form, lines = opened
    must_go: list[str] = []
    for other in others:
        title = other["title"]
        cut = lead(other, rng)
        end = site.marker if site.teaser_style == "marker" else site.ellipsis
        if form == "h12-md-teasers":
            lines.append(site.words["md-row"].format(title=title, date=_date(rng)))
            lines.append(cut + end)
        elif form == "h12-midword-teasers":
            cut = _midword(cut, rng)
            lines += [title, cut]
        elif form == "h12-entity-teasers":
            shown = html.escape(title).replace(" ", "&nbsp;", 1)
            lines += [shown, html.escape(cut) + site.words["entity-end"]]
        elif form == "h12-deflist-teasers":
            lines.append(title)
            lines.append(site.words["def-lead"].format(lead=cut + end))
        else:
            lines.append(site.words["md-heading"].format(title=title))
            lines.append(cut + end)
        must_go += [title, cut[:60]]
    return lines, must_go


def page_end(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines at the page's very end: the AMP view's footer, the print
    view's address line."""
    out: list[str] = []
    if "h12-amp" in site.extra:
        fams.add("variant-h12-amp")
        out.append(_zero_width(site, site.words["amp"], rng))
    if "h12-print" in site.extra:
        k = rng.randint(100000, 999999)
        out.append(site.words["print-url"].format(host=site.words["host"], k=k))
    return out
