"""Parts of generated aggregator pages (bench/layouts.py): teaser blocks, chrome, extras."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from layout_heldout2 import teaser_prefix
from layout_words import Words

# Layout variants of the second tuning set (the first held-out set).
TUNE_2_VARIANTS = ("kicker", "teaser-date", "one-line")
# Layout variants of the third tuning set (the second held-out set).
TUNE_3_EXTRAS = (
    "teaser-source",
    "teaser-time",
    "numbered-teaser",
    "inline-pair",
    "tags",
    "rating",
    "divider",
    "back-to-top",
    "pre-datetime",
    "pre-language",
    "caption-after-first",
    "bom",
    "cr",
)
# Layout variants only the held-out set has.
HELD_OUT_EXTRAS = (
    "topline",
    "reading-time",
    "audio",
    "paywall",
    "teaser-credit",
    "footer-columns",
    "inline-box",
    "hashtags",
    "nbsp-indent",
)


@dataclass
class Site:
    """One aggregator's layout: what its pages have and how they say it."""

    name: str
    folder: str
    sep: str
    eol: str
    cp1252: bool
    trailing_ws: bool
    title_copy: float
    pre: list[str]
    consent: str
    buttons: list[str]
    crumb_sep: str
    menu: str
    byline: str
    caption: float
    credit: str
    inline: float
    inline_form: str
    ads: str
    heading: str | None
    heading_form: str
    teaser_style: str  # marker, ellipsis, cut, list
    marker: str
    ellipsis: str
    variant: str  # plain, or one of TUNE_2_VARIANTS
    bullet: str
    post: list[str]
    post_after: bool
    share: str
    newsletter: str
    comments: str
    copyright: str
    legal: str
    extra: set[str] = field(default_factory=set)
    # The held-out set's own parts, as the site words them.
    words: dict[str, str] = field(default_factory=dict)


def draw_extras(
    site: Site, words: Words, rng: random.Random, n: int, extras: tuple[str, ...]
) -> None:
    """Give a set's n-th site some of the set's own parts (each goes to two sites at least)."""
    site.extra |= {x for x in extras if rng.random() < 0.3}
    count = len(extras)
    site.extra |= {extras[n % count], extras[(n + count // 2) % count]}
    if extras == HELD_OUT_EXTRAS:
        site.words = {
            "topline": rng.choice(words.toplines),
            "reading-time": rng.choice(words.reading_times),
            "audio": rng.choice(words.audio),
            "paywall": rng.choice(words.paywalls),
            "hashtags": rng.choice(words.hashtags),
            "box": rng.choice(words.box_headings),
        }
        return
    site.words = {
        "tags": rng.choice(words.tags),
        "rating": rng.choice(words.ratings),
        "divider": rng.choice(words.dividers),
        "back-to-top": rng.choice(words.back_to_top),
        "datetime": rng.choice(words.datetimes),
        "language": rng.choice(words.language_switches),
        "time-ago": rng.choice(words.times_ago),
        "source": rng.choice(words.teaser_sources),
    }


def paragraphs(body: str) -> list[str]:
    """Split a corpus body into its paragraphs as a page shows them."""
    return [p.strip() for p in body.split("\n") if p.strip()]


def lead(doc: dict[str, Any], rng: random.Random) -> str:
    """Return the start of an article's body cut at a word, 120 to 320 characters."""
    text = " ".join(doc["body"].split())
    cut = text[: rng.randint(120, 320)]
    if len(cut) < len(text):
        cut = cut.rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:-–")


def heading_line(site: Site, text: str) -> str:
    """Write a heading in the site's form."""
    if site.heading_form == "{upper}":
        return text.upper()
    return site.heading_form.format(text)


def teaser_heading(site: Site, fams: set[str]) -> list[str]:
    """Return the teaser block's heading line, if the site has one, and name its family."""
    if site.heading:
        fams.add("footer-heading")
        return [heading_line(site, site.heading)]
    fams.add("footer-no-heading")
    return []


def open_own_teasers(
    site: Site, forms: tuple[str, ...], fams: set[str]
) -> tuple[str, list[str]] | None:
    """Return the site's own teaser form and its block's heading lines, naming the
    families (None: the site has none of forms)."""
    form = own_teaser_form(site, forms, fams)
    if not form:
        return None
    return form, teaser_heading(site, fams)


def own_teaser_form(site: Site, forms: tuple[str, ...], fams: set[str]) -> str:
    """Return the site's own teaser form among forms, naming its family ("": none)."""
    form = next((f for f in forms if f in site.extra), "")
    if form:
        fams.add(f"variant-{form}")
    return form


def draw_own_parts(
    site: Site,
    extras: tuple[str, ...],
    forms: tuple[str, ...],
    rng: random.Random,
    n: int,
    share: float = 0.25,
) -> None:
    """Give the n-th site some of a set's own parts (each to two sites at least), and at
    most one of its own teaser forms."""
    site.extra |= {x for x in extras if rng.random() < share}
    count = len(extras)
    site.extra |= {extras[n % count], extras[(n + count // 2) % count]}
    chosen = [f for f in forms if f in site.extra]
    if len(chosen) > 1:
        keep = rng.choice(chosen)
        site.extra -= {f for f in chosen if f != keep}


def draw_set_site(
    site: Site,
    extras: tuple[str, ...],
    teaser_forms: tuple[str, ...],
    other_sets: tuple[int, ...],
    parts: dict[str, tuple[str, ...]],
    rng: random.Random,
    n: int,
    share: float,
) -> None:
    """Give the n-th site a set's own parts, one of its teaser forms and its words."""
    draw_own_parts(site, extras, (), rng, n, share=share)
    # Each teaser form goes to two sites; the sites in other_sets lay their teasers out
    # as the other sets do.
    if n not in other_sets:
        k = n - sum(1 for m in other_sets if m < n)
        site.extra.add(teaser_forms[k % len(teaser_forms)])
    site.words = {key: rng.choice(values) for key, values in parts.items()}


def teaser_block(
    site: Site, words: Words, others: list[dict[str, Any]], rng: random.Random, fams: set[str]
) -> tuple[list[str], list[str]]:
    """Return the lines of the teaser block and the teaser texts that must not leak."""
    lines = teaser_heading(site, fams)
    must_go: list[str] = []
    style = site.teaser_style
    if "footer-columns" in site.extra:
        return _columns(site, words, others, rng, fams, lines)
    if style == "list":
        fams.add("headline-list")
        if not site.heading:
            lines.append(heading_line(site, rng.choice(words.list_headings)))
        for i, other in enumerate(others, 1):
            bullet = site.bullet.replace("1", str(i))
            lines.append(f"{bullet}{other['title']}")
            must_go.append(other["title"])
        return lines, must_go
    fams.add(f"teaser-{style}")
    for i, other in enumerate(others, 1):
        text = lead(other, rng)
        if style == "marker":
            text += site.marker
        elif style == "ellipsis":
            text += site.ellipsis
        must_go += [other["title"], text[:60]]
        if site.variant == "kicker":
            lines.append(rng.choice(words.kickers))
        if site.variant == "one-line":
            lines.append(f"{other['title']} – {text}")
            continue
        if "numbered-teaser" in site.extra:
            lines.append(f"{i:02d}")
        lines += teaser_prefix(site, words, rng, fams)
        headline = other["title"]
        if "teaser-source" in site.extra:
            headline += site.words["source"].format(site=site.name)
        lines.append(headline)
        if "teaser-credit" in site.extra:
            lines.append(site.credit.format(agency=rng.choice(words.agencies), name="Hans Roth"))
        if site.variant == "teaser-date":
            lines.append(
                f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.20{rng.randint(18, 24)}"
            )
        lines.append(text)
        if "teaser-time" in site.extra:
            lines.append(site.words["time-ago"])
    if site.variant != "plain":
        fams.add(f"variant-{site.variant}")
    for extra in ("teaser-source", "teaser-time", "numbered-teaser", "teaser-credit"):
        if extra in site.extra:
            fams.add(f"variant-{extra}")
    return lines, must_go


def _columns(
    site: Site,
    words: Words,
    others: list[dict[str, Any]],
    rng: random.Random,
    fams: set[str],
    lines: list[str],
) -> tuple[list[str], list[str]]:
    """Lay the teasers out in two columns, each under a section's name as its heading."""
    fams.add("variant-footer-columns")
    must_go: list[str] = []
    half = max(1, len(others) // 2)
    sections = rng.sample(words.sections, 2)
    for section, part in zip(sections, (others[:half], others[half:]), strict=True):
        lines.append(heading_line(site, section))
        for other in part:
            lines.append(other["title"])
            must_go.append(other["title"])
    return lines, must_go


def post_lines(site: Site, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the site's chrome lines after the body."""
    out = []
    year = rng.randint(2018, 2024)
    for part in site.post:
        fams.add(f"post-{part}")
        if part == "share":
            out.append(site.share)
        elif part == "newsletter":
            out.append(site.newsletter)
        elif part == "comments":
            out.append(site.comments.format(n=rng.randint(0, 250)))
        elif part == "copyright":
            out.append(site.copyright.format(year=year, site=site.name))
        elif part == "legal":
            out.append(site.legal)
    return out


def after_body(site: Site, words: Words, rng: random.Random, fams: set[str]) -> list[str]:
    """Return the later sets' own lines right after the body: tags, rating, divider,
    paywall, hashtags."""
    out = []
    if "paywall" in site.extra:
        out.append(site.words["paywall"])
    if "hashtags" in site.extra:
        a, b, c = (x.replace(" ", "").replace("&", "") for x in rng.sample(words.sections, 3))
        out.append(site.words["hashtags"].format(a=a, b=b, c=c))
    fams.update(f"variant-{x}" for x in ("paywall", "hashtags") if x in site.extra)
    if "tags" in site.extra:
        a, b, c = rng.sample(words.sections, 3)
        out.append(site.words["tags"].format(a=a, b=b, c=c))
    if "rating" in site.extra:
        out.append(site.words["rating"])
    if "divider" in site.extra:
        out.append(site.words["divider"])
    fams.update(f"variant-{x}" for x in ("tags", "rating", "divider") if x in site.extra)
    return out


def inline_pair(
    site: Site, other: dict[str, Any], rng: random.Random
) -> tuple[list[str], list[str]]:
    """Return a teaser (headline and cut lead) standing between body paragraphs."""
    text = lead(other, rng) + (site.marker if site.teaser_style == "marker" else " …")
    return [other["title"], text], [other["title"], text[:60]]


def inline_box(
    site: Site, others: list[dict[str, Any]], rng: random.Random
) -> tuple[list[str], list[str]]:
    """Return a box between body paragraphs: a heading over two other articles' titles."""
    picked = rng.sample(others, min(2, len(others)))
    titles = [o["title"] for o in picked]
    return [site.words["box"], *titles], titles
