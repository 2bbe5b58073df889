"""Parts only the second held-out set's pages have (bench/layouts.py, set "held-out-2").

Written from what real aggregators put around an article: a published/updated line, a
picture gallery or video line, an advertising block with its own sales text between
paragraphs, a "read also" list of other headlines between paragraphs, a thumbnail's alt
text and a section/time line with each teaser, a topics line, an author box and a
comment-section header after the body, and the cookie notice at the end of the page.
"""

from __future__ import annotations

import random
from typing import TYPE_CHECKING, Any

from layout_words import NAMES, Words

if TYPE_CHECKING:
    from layout_parts import Site

HELD_OUT_2_EXTRAS = (
    "timestamp",
    "gallery",
    "ad-block",
    "inline-list",
    "teaser-thumb",
    "teaser-category",
    "related-topics",
    "author-box",
    "comments-header",
    "cookie-bottom",
)


def draw(site: Site, words: Words, rng: random.Random, n: int) -> None:
    """Give the n-th site some of the set's own parts (each goes to two sites at least)."""
    from layout_parts import draw_own_parts

    draw_own_parts(site, HELD_OUT_2_EXTRAS, (), rng, n, share=0.3)
    author_head, author_bio = rng.choice(words.author_boxes)
    comment_head, comment_text = rng.choice(words.comment_headers)
    site.words = {
        "timestamp": rng.choice(words.timestamps),
        "gallery": rng.choice(words.galleries),
        "ad-text": rng.choice(words.ad_texts),
        "thumb": rng.choice(words.thumbnails),
        "category": rng.choice(words.teaser_categories),
        "topics": rng.choice(words.related_topics),
        "author-head": author_head,
        "author-bio": author_bio,
        "comment-head": comment_head,
        "comment-text": comment_text,
        "list-heading": rng.choice(words.inline_list_headings),
    }
    if "cookie-bottom" in site.extra:
        site.pre = [p for p in site.pre if p != "consent"]


def under_title(site: Site, date: str, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines under the title: the published/updated line."""
    if "timestamp" not in site.extra:
        return []
    fams.add("variant-timestamp")
    return [site.words["timestamp"].format(date=date)]


def after_first(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines after the first paragraph: a gallery or video line."""
    if "gallery" not in site.extra:
        return []
    fams.add("variant-gallery")
    return [site.words["gallery"].format(n=rng.randint(5, 30))]


def mid_body(
    site: Site, others: list[dict[str, Any]], rng: random.Random, fams: set[str], done: set[str]
) -> tuple[list[str], list[str]]:
    """Return one box between paragraphs (an ad block or a read-also list), and the
    teaser texts in it; each box comes once a page."""
    if "ad-block" in site.extra and "ad-block" not in done:
        done.add("ad-block")
        fams.add("variant-ad-block")
        label = site.ads or "Anzeige"
        return [label, site.words["ad-text"]], []
    if "inline-list" in site.extra and "inline-list" not in done:
        done.add("inline-list")
        fams.add("variant-inline-list")
        picked = rng.sample(others, min(rng.randint(2, 3), len(others)))
        titles = [o["title"] for o in picked]
        bullet = site.bullet if site.bullet.strip() != "1." else "• "
        return [site.words["list-heading"], *(bullet + t for t in titles)], titles
    return [], []


def teaser_prefix(site: Site, words: Words, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines over one teaser's headline: a thumbnail's alt text, a section line."""
    out = []
    if "teaser-thumb" in site.extra:
        fams.add("variant-teaser-thumb")
        out.append(
            site.words["thumb"].format(
                caption=rng.choice(words.caption_texts), agency=rng.choice(words.agencies)
            )
        )
    if "teaser-category" in site.extra:
        fams.add("variant-teaser-category")
        out.append(
            site.words["category"].format(section=rng.choice(words.sections), n=rng.randint(1, 9))
        )
    return out


def after_body(site: Site, words: Words, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines right after the body: a topics line and an author box."""
    out = []
    if "related-topics" in site.extra:
        fams.add("variant-related-topics")
        a, b, c = rng.sample(words.sections, 3)
        out.append(site.words["topics"].format(a=a, b=b, c=c))
    if "author-box" in site.extra:
        fams.add("variant-author-box")
        bio = site.words["author-bio"].format(
            name=rng.choice(NAMES), section=rng.choice(words.sections)
        )
        out += [site.words["author-head"], bio]
    return out


def page_end(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the lines at the end of the page: the comment header, the cookie notice."""
    out = []
    if "comments-header" in site.extra:
        fams.add("variant-comments-header")
        out += [site.words["comment-head"], site.words["comment-text"]]
    if "cookie-bottom" in site.extra:
        fams.add("variant-cookie-bottom")
        out += [site.consent, *site.buttons]
    return out
