"""The query language: read what a user typed into clauses and filters, never failing.

The parser reads words, "quoted phrases", -exclusions and OR/ODER between words;
anything it cannot read (an unclosed quote, a lone operator) degrades to plain words.
What it reads is plain data (search.parsed); search.questions finds a question's content
in it; search.compile makes Whoosh queries of it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from search.filters import LANG_NAMES, FilterError, Filters, date_range
from search.parsed import Bool, Clause, Node, ParsedQuery, SearchQuery
from search.questions import is_question, question_content

# Longer input is cut (the web app's SearchLimits may set another length).
MAX_QUERY_CHARS = 1000


MAX_CLAUSES = 32


MAX_DEPTH = 8


# Truncation expands to every term with the prefix: a too-short prefix matches half the
# vocabulary and is taken as a plain word.
MIN_PREFIX_CHARS = 2


MAX_SLOP = 100


_LEXER = re.compile(
    r"""
    (?P<open>\()
    | (?P<close>\))
    | (?P<field>[^\W\d_]+):(?=["(\w.]|\s|$)
    | (?P<neg>-)(?=["(]|[^\W\d_]+:["(\w])
    | "(?P<phrase>[^"]*)(?P<end>"?)(?:~(?P<slop>\d+))?
    | (?P<word>[^\s()"]+)
    """,
    re.VERBOSE,
)


_OR = frozenset({"OR", "ODER"})


_AND = frozenset({"AND", "UND"})


_NOT = frozenset({"NOT", "NICHT"})


_EDGE_PUNCT = re.compile(r"^[^\w\"]+|[^\w*]+$")


# A percent sign after a figure or alone ("12%", "12 %"): the index holds it as the word
# "Prozent" (index.word_pattern.SAME_AS), so it is kept, not stripped as punctuation.
_PERCENT = re.compile(r"(?:^[^\w*]*|\d)%[^\w%*]*$")


# Field names a user may type before a colon, and what they search or narrow.
TEXT_SCOPES = {"titel": "title", "title": "title", "bildtext": "caption", "caption": "caption"}


FILTER_FIELDS = {
    "quelle": "source",
    "source": "source",
    "sprache": "lang",
    "lang": "lang",
    "language": "lang",
    "kategorie": "category",
    "rubrik": "category",
    "category": "category",
    "datum": "date",
    "date": "date",
}


def _kind(m: re.Match[str]) -> str:
    """Name the kind of a lexer match."""
    for kind in ("open", "close", "field", "neg", "phrase"):
        if m.group(kind) is not None:
            return kind
    return "word"


class _Parser:
    """A recursive-descent reader of the query language that never fails."""

    def __init__(self, text: str) -> None:
        self.tokens = [(_kind(m), m) for m in _LEXER.finditer(text)]
        self.i = 0
        self.count = 0
        self.notices: list[str] = []
        self.filter_values: dict[str, list[str]] = {}
        self.dates: list[tuple[date | None, date | None]] = []
        self.excluded: set[tuple[str, str]] = set()

    def note(self, message: str) -> None:
        if message not in self.notices:
            self.notices.append(message)

    def peek(self) -> tuple[str, re.Match[str]] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def peek_word(self, words: frozenset[str]) -> bool:
        tok = self.peek()
        return tok is not None and tok[0] == "word" and tok[1].group("word") in words

    def full(self) -> bool:
        return self.count >= MAX_CLAUSES

    def sequence(self, depth: int) -> list[Node]:
        """Read items up to a closing parenthesis or the end."""
        items: list[Node] = []
        while (tok := self.peek()) is not None and not self.full():
            if tok[0] == "close":
                if depth > 0:
                    return items
                self.i += 1
                self.note("Eine schließende Klammer ohne öffnende wurde ignoriert.")
                continue
            node = self.disjunction(depth)
            if node is not None:
                items.append(node)
        return items

    def disjunction(self, depth: int) -> Node | None:
        options: list[Node] = []
        node = self.conjunction(depth)
        if node is not None:
            options.append(node)
        while self.peek_word(_OR):
            self.i += 1
            nxt = self.conjunction(depth)
            if nxt is None:
                self.note("ODER ohne Begriff dahinter wurde ignoriert.")
            elif not options:
                self.note("ODER ohne Begriff davor wurde ignoriert.")
                options.append(nxt)
            else:
                options.append(nxt)
        if len(options) > 1:
            return Bool("or", options)
        return options[0] if options else None

    def conjunction(self, depth: int) -> Node | None:
        items: list[Node] = []
        node = self.unary(depth)
        if node is not None:
            items.append(node)
        while self.peek_word(_AND):
            self.i += 1
            nxt = self.unary(depth)
            if nxt is None or not items:
                self.note("UND ohne Begriff auf beiden Seiten wurde ignoriert.")
            if nxt is not None:
                items.append(nxt)
        if len(items) > 1:
            return Bool("and", items)
        return items[0] if items else None

    def unary(self, depth: int) -> Node | None:
        tok = self.peek()
        if tok is None:
            return None
        kind, m = tok
        if kind == "neg" or (kind == "word" and m.group("word") in _NOT):
            self.i += 1
            nxt = self.peek()
            if nxt is not None and nxt[0] == "field":
                key = nxt[1].group("field").casefold()
                if FILTER_FIELDS.get(key) in ("source", "lang", "category"):
                    self.i += 1
                    value = self.peek()
                    if value is not None and value[0] in ("word", "phrase"):
                        self.i += 1
                        text = (value[1].group("word") or value[1].group("phrase") or "").strip()
                        self.excluded.update((FILTER_FIELDS[key], v) for v in text.split(",") if v)
                    return None
            node = self.unary(depth)
            if node is None:
                self.note("NICHT ohne Begriff dahinter wurde ignoriert.")
                return None
            node.negated = not node.negated
            return node
        return self.atom(depth)

    def atom(self, depth: int) -> Node | None:
        kind, m = self.tokens[self.i]
        self.i += 1
        if kind == "open":
            if depth >= MAX_DEPTH:
                self.note("Zu tief verschachtelte Klammern wurden ignoriert.")
                return None
            items = self.sequence(depth + 1)
            after = self.peek()
            if after is not None and after[0] == "close":
                self.i += 1
            else:
                self.note("Eine öffnende Klammer ohne schließende wurde ignoriert.")
            if not items:
                return None
            return items[0] if len(items) == 1 else Bool("or", items)
        if kind == "close":
            return None  # only reached at the top, where sequence() handles it
        if kind in ("word", "phrase"):
            return self.term(m)
        if kind == "neg":
            return None
        return self.fielded(m.group("field"), depth)

    def term(self, m: re.Match[str], parts: tuple[str, ...] | None = None) -> Clause | None:
        if m.group("phrase") is not None:
            text = m.group("phrase").strip()
            if not m.group("end") and text:
                self.note(
                    "Ein Anführungszeichen ohne Gegenstück: der Rest wurde als Wortfolge gesucht."
                )
            if not text:
                return None
            slop = m.group("slop")
            self.count += 1
            return Clause(
                text,
                phrase=True,
                slop=min(int(slop), MAX_SLOP) if slop else None,
                parts=parts,
            )
        word = m.group("word")
        if word in _OR | _AND | _NOT:
            self.note(f"{word} ohne Begriffe auf beiden Seiten wurde ignoriert.")
            return None
        negated = word.startswith("-") and len(word) > 1
        percent = _PERCENT.search(word) is not None
        word = _EDGE_PUNCT.sub("", word) + ("%" if percent else "")
        prefix = word.endswith("*")
        word = word.rstrip("*")
        if "*" in word:
            self.note("Ein * gilt nur am Wortende; im Wort wurde es ignoriert.")
            word = word.replace("*", "")
        if not word:
            return None
        if prefix and len(word) < MIN_PREFIX_CHARS:
            self.note(f"{word}* ist zu kurz zum Abschneiden und wurde als ganzes Wort gesucht.")
            prefix = False
        self.count += 1
        return Clause(word, negated=negated, prefix=prefix, parts=parts)

    def fielded(self, name: str, depth: int) -> Node | None:
        """Read name:value: a text scope (titel:), a filter (quelle:, datum:), else plain words."""
        key = name.casefold()
        tok = self.peek()
        if key in TEXT_SCOPES and tok is not None and tok[0] in ("word", "phrase"):
            self.i += 1
            return self.term(tok[1], parts=(TEXT_SCOPES[key],))
        if key in FILTER_FIELDS and tok is not None and tok[0] in ("word", "phrase"):
            self.i += 1
            value = (tok[1].group("word") or tok[1].group("phrase") or "").strip()
            self.narrow(FILTER_FIELDS[key], name, value)
            return None
        if key in TEXT_SCOPES or key in FILTER_FIELDS:
            self.note(f"{name}: braucht einen Wert direkt dahinter und wurde ignoriert.")
            return None
        # Not a field we know ("Achtung:Text"): the name is a word like any other.
        self.count += 1
        return Clause(name)

    def narrow(self, dimension: str, name: str, value: str) -> None:
        if not value:
            return
        if dimension == "date":
            try:
                self.dates.append(date_range(value))
            except FilterError:
                self.note(
                    f"{name}:{value} ist kein Datum (JJJJ, JJJJ-MM, JJJJ-MM-TT oder A..B) "
                    "und wurde ignoriert."
                )
            return
        self.filter_values.setdefault(dimension, []).extend(v for v in value.split(",") if v)

    def filters(self) -> Filters:
        values = self.filter_values
        found = Filters.make(
            source=values.get("source", ()),
            lang=values.get("lang", ()),
            category=values.get("category", ()),
        )
        if self.excluded:
            langs = {
                ("lang", LANG_NAMES.get(v.casefold(), v)) for d, v in self.excluded if d == "lang"
            }
            others = {(d, v) for d, v in self.excluded if d != "lang"}
            found = replace(found, exclude=frozenset(langs | others))
        for start, end in self.dates:
            found = found.merge(Filters(date_from=start, date_to=end))
        return found


def parse(text: str, max_chars: int = MAX_QUERY_CHARS) -> ParsedQuery:
    """Read a user query into clauses and filters; unknown syntax is taken as plain words."""
    text = "".join(ch if ch.isprintable() else " " for ch in text[:max_chars])
    parser = _Parser(text)
    items = parser.sequence(0)
    groups: list[list[Node]] = []
    excluded: list[Node] = []
    for node in items:
        if node.negated:
            excluded.append(node)
        elif isinstance(node, Bool) and node.op == "or" and not any(i.negated for i in node.items):
            # Words joined by OR are one group: either of them counts as that word.
            groups.append(list(node.items))
        else:
            groups.append([node])
    if parser.full():
        parser.note(f"Nur die ersten {MAX_CLAUSES} Begriffe wurden gesucht.")
    return ParsedQuery(
        groups=groups,
        excluded=excluded,
        question=is_question(text),
        filters=parser.filters(),
        notices=parser.notices,
    )


def read(text: str, max_chars: int = MAX_QUERY_CHARS) -> SearchQuery:
    """Read a search's query: its content (see question_content) and its words alone."""
    raw = parse(text, max_chars)
    parsed = question_content(raw)
    words = " ".join(c.text for c in parsed.clauses)
    # Plain words typed read the same again.
    plain = raw if words == text else parse(words)
    return SearchQuery(text, parsed, words, plain)
