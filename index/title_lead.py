"""Find the body's first paragraph set over the title (a standfirst of a lead-first page).

Some sites set the article's opening paragraph over its headline. The title search drops
every line over the title as a banner, and the paragraph went with them: the body lost
its first paragraph. A paragraph right over the title is the body's when it is the page's
own (not on the source's other pages: a notice, a correction note; not opening with a
label or mark the source's lines open with, no row of items: a ticker), not another story's
text by the evidence, and it tells the story the body under the title tells (it shares
words with it).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from index import run_lines
from index.footer_line import paragraph
from index.title_split import stems

if TYPE_CHECKING:
    from index.clean import _Page as Page

# The standfirst shares this many words with the body under the title at least.
SHARED_WORDS = 2
# The body's words are taken from this many lines under the title.
BODY_LINES = 12


def lead_over(page: Page, t: int) -> int | None:
    """Return the index of the paragraph right over title line t that is the body's first
    (None: there is none)."""
    k = t - 1
    if k < 0 or not paragraph(page.shapes[k]) or page.pages(k):
        return None
    if page.marked(k) or page.labelled(k) or page.shapes[k].crumbs:
        return None  # opening as the source's lines do, or a row of items: a ticker's
    text = page.lines[k]
    if page.evidence and page.evidence.opened(text, page.own):
        return None  # another article's opening
    if run_lines.elsewhere(page, k) is not None:
        return None  # text standing on other pages of the run: another story's
    body = stems(" ".join(page.lines[t + 1 : t + 1 + BODY_LINES]))
    return k if len(stems(text) & body) >= SHARED_WORDS else None
