"""Tell an author's line near the title: a label the source's lines open with, then a name.

Sites set the author over or beside the title behind a label of their own ("Words and
reporting: Anna Keller", "Text ⏥ Jonas Weber"). The name changes from page to page, so
the line never recurs, but its label does: it opens lines on many of the source's pages
(index/evidence.py counts how lines open, and the site's name before a separator). What
follows the label is a name by its shape, two capitalised words, and no title is that
short: such a line is no title, and no headline under a photo's caption either.
"""

from __future__ import annotations

import re

from index.line_keys import PREFIX

# A name: two capitalised words of letters (a hyphen or an apostrophe inside allowed).
NAME = re.compile(r"^[^\W\d_][^\W\d_'’-]*[^\W\d_](?:[-'’][^\W\d_]+)?$")
NAME_WORDS = 2


def is_name(text: str) -> bool:
    """Tell whether text is a person's name by its shape: two capitalised words."""
    words = text.split()
    if len(words) != NAME_WORDS:
        return False
    return all(NAME.match(w) and w[0].isupper() and not w.isupper() for w in words)


def author_line(text: str, trimmed: str, labelled: int) -> bool:
    """Tell whether a line is an author's: a label before a name, the label recurring on
    the source's pages (trimmed: the line without what the source's lines open with, as
    index/title_line.py takes the site's name off; labelled: on how many of the source's
    pages lines open with the line's opening before a colon or dash)."""
    if trimmed != text and is_name(trimmed.strip()):
        return True
    m = PREFIX.match(text)
    return bool(labelled and m is not None and is_name(m.group(2).strip()))
