"""Page chrome: the site's own furniture around an article, recognised by shape.

Before the title: consent notices and their buttons, breadcrumbs and menus, the site's
name in capitals, date lines. After the body (and as labels within it): share lines,
newsletter sign-ups, advertising labels, comment counters, copyright and legal links.
Chrome lines are short, have no sentence structure, or are made of cue words; the
evidence of the archive (lines recurring on many pages of a source) is added by the
caller. The cue words (index/cues.py) only decide between kinds, or where shape is unsure.
"""

from __future__ import annotations

import re

from index import cues
from index.shape import Shape

# A short chrome line is made of cue words to at least this share ("Artikel teilen").
SHORT_CUE_SHARE = 0.34
# A prose line is chrome if it has this many cue words ("Wir verwenden Cookies, ...").
PROSE_CUES = 2
PROSE_GROUPS = ("consent", "newsletter")
# A link address: a scheme or "www." and what follows up to a space, or a host name (dotted
# parts) with a path ("https://host/ressort/slug-123.html", "host.de/nachrichten/4711").
ADDRESS = re.compile(r"(?:\b[a-z][a-z0-9+.-]*://|\bwww\.)\S+|\b[\w-]+(?:\.[\w-]+)+/\S*", re.I)
# A line is a link address when addresses take up this share of its characters at least.
ADDRESS_SHARE = 0.5


def banner(shape: Shape) -> str:
    """Return what kind of banner a line before the title is ("" if it may be the title)."""
    if shape.crumbs:
        return "breadcrumb or menu"
    if is_address(shape.text):
        return "link address"  # the page's own address: a title is words, not a path
    if shape.caps and shape.words <= 6:
        return "site name"
    if shape.dateline:
        return "date line"
    group = cues.chrome_group(shape.text)
    if group and shape.words <= 6 and shape.chrome_cues >= 0.5:
        return "consent button" if group == "consent" else f"{group} line"
    if group and shape.prose and cues.count(shape.text, cues.CHROME_WORDS) >= PROSE_CUES:
        return "consent notice" if group == "consent" else f"{group} notice"
    if shape.prose and shape.text.endswith(".") and shape.sentences >= 2:
        return "notice"  # titles are not made of full sentences
    return ""


def is_address(text: str) -> bool:
    """Tell whether a line is a link address, alone or with a short label ("Fundort ⯈
    https://…"): its words are a path's, however many the slug spells."""
    covered = sum(len(m.group()) for m in ADDRESS.finditer(text))
    return covered >= ADDRESS_SHARE * len(text)


def label(shape: Shape) -> str:
    """Return what kind of chrome a short label line is, where it may stand in the body
    ("Anzeige", "Artikel teilen"); "" if it is none."""
    if shape.words > 4 or shape.prose:
        return ""
    group = cues.chrome_group(shape.text)
    if group and shape.chrome_cues >= 0.5:
        return group
    return ""


def after_body(shape: Shape) -> str:
    """Return what kind of chrome a line after the body is ("" if it does not look it)."""
    if shape.counter and cues.chrome_group(shape.text) in ("comments", ""):
        return "comments"
    if shape.copyright:
        return "copyright"
    if shape.crumbs:
        return "legal links" if cues.chrome_group(shape.text) == "legal" else "link list"
    group = cues.chrome_group(shape.text)
    if not group:
        return ""
    if shape.short and not shape.prose and shape.chrome_cues >= SHORT_CUE_SHARE:
        return group
    # Sentences about the site's own notices; sentences naming Facebook and Twitter are
    # as likely the article's.
    if group in PROSE_GROUPS and shape.words <= 40:
        if cues.count(shape.text, cues.CHROME_WORDS) >= PROSE_CUES:
            return group
    return ""
