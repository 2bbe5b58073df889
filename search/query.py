"""Query parsing: turn what a user typed into a Whoosh query, never raising on bad syntax.

The parser reads words, "quoted phrases", -exclusions and OR/ODER between words;
anything it cannot read (an unclosed quote, a lone operator) degrades to plain words.
The terms come from the analyzers stored in the opened index's schema, so a query is
analyzed exactly as the articles were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from whoosh import query as wq
from whoosh.analysis import Token, Tokenizer
from whoosh.fields import Schema
from whoosh.query import spans

from index.schema import LANGUAGE_GROUPS, text_field
from search.filters import LANG_NAMES, FilterError, Filters, date_range

MAX_QUERY_CHARS = 1000
MAX_CLAUSES = 32
MAX_DEPTH = 8
# Truncation expands to every term with the prefix: a too-short prefix matches half the
# vocabulary and is taken as a plain word.
MIN_PREFIX_CHARS = 2
MAX_SLOP = 100

# How much a match in each part of an article counts. Measured on the dev query sets
# (README, "Relevance"): the body decides; a heavy title weight lets short titles with
# a common word outrank the article meant. Headline-only articles still need the title.
FIELD_BOOSTS = {"title": 0.25, "caption": 0.25, "body": 1.0}
# A compound typed in the query also matches documents with its parts apart, weighted
# lower than the compound itself.
PART_BOOST = 0.3
# In a question, a compound's part found without the others counts this much
# (loosen_compounds; measured on the dev sets' tune folds).
LOOSE_PART_BOOST = 0.1

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
# What joins a word's parts: hyphens, and the points of a number ("13.000").
_HYPHENS = re.compile(r"[-\u2010\u2011]|(?<=\d)\.(?=\d{3}(?!\d))")
_EDGE_PUNCT = re.compile(r"^[^\w\"]+|[^\w*]+$")

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


@dataclass
class Clause:
    """One word or phrase the user typed."""

    text: str
    phrase: bool = False
    negated: bool = False
    # "a b"~5: the words within 5 positions of each other, in any order.
    slop: int | None = None
    # Steuer*: every word that starts so.
    prefix: bool = False
    # titel:…: searched only in these parts of the article (None: all of them).
    parts: tuple[str, ...] | None = None


@dataclass
class Bool:
    """Clauses joined by AND or OR (explicitly, or in parentheses)."""

    op: str  # "and" | "or"
    items: list[Node]
    negated: bool = False


Node = Clause | Bool


@dataclass
class ParsedQuery:
    """A user query read into clauses: required groups of alternatives, and exclusions."""

    groups: list[list[Node]] = field(default_factory=list)  # each group: OR of nodes
    excluded: list[Node] = field(default_factory=list)
    # A question ("Wie viele Bälle fing Josh Norman ab?") paraphrases its answer: some
    # of its words are not in the article, so it is not asked to match them all.
    question: bool = False
    # Narrowings typed in the query (quelle:, sprache:, kategorie:, datum:).
    filters: Filters = field(default_factory=Filters)
    # What could not be read as typed, and how it was taken instead (shown to the user).
    notices: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """Tell whether nothing searchable was typed."""
        return not self.groups

    def clauses(self) -> list[Clause]:
        """Return the words and phrases the query looks for, in order (no exclusions)."""
        out: list[Clause] = []

        def walk(node: Node) -> None:
            if node.negated:
                return
            if isinstance(node, Clause):
                out.append(node)
            else:
                for item in node.items:
                    walk(item)

        for group in self.groups:
            for node in group:
                walk(node)
        return out


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
            if self.peek() is not None and self.peek()[0] == "close":  # type: ignore[index]
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
        word = _EDGE_PUNCT.sub("", word)
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
        found = Filters.make(**self.filter_values)
        if self.excluded:
            langs = {
                ("lang", LANG_NAMES.get(v.casefold(), v)) for d, v in self.excluded if d == "lang"
            }
            others = {(d, v) for d, v in self.excluded if d != "lang"}
            found = replace(found, exclude=frozenset(langs | others))
        for start, end in self.dates:
            found = found.merge(Filters(date_from=start, date_to=end))
        return found


def parse(text: str) -> ParsedQuery:
    """Read a user query into clauses and filters; unknown syntax is taken as plain words."""
    text = "".join(ch if ch.isprintable() else " " for ch in text[:MAX_QUERY_CHARS])
    parser = _Parser(text)
    items = parser.sequence(0)
    parsed = ParsedQuery(question=is_question(text))
    for node in items:
        if node.negated:
            parsed.excluded.append(node)
        elif isinstance(node, Bool) and node.op == "or" and not any(i.negated for i in node.items):
            # Words joined by OR are one group: either of them counts as that word.
            parsed.groups.append(list(node.items))
        else:
            parsed.groups.append([node])
    if parser.full():
        parser.note(f"Nur die ersten {MAX_CLAUSES} Begriffe wurden gesucht.")
    parsed.filters = parser.filters()
    parsed.notices = parser.notices
    return parsed


@dataclass
class Word:
    """An analyzed word: its term, and the terms of its parts if it is a compound."""

    term: str
    pos: int
    parts: list[str] = field(default_factory=list)


QUESTION_WORDS = frozenset(
    "wer wen wem wessen was wann wo woher wohin warum weshalb wieso weswegen wie wieviel "
    "wieviele welche welcher welches welchen welchem wodurch womit wofür worauf worüber "
    "woran wovon wozu who what when where why which how whom whose".split()
)


def question_content(parsed: ParsedQuery) -> ParsedQuery:
    """Drop a question's question words ("wer", "wann"): the text answering it has none.

    Nothing is dropped from other queries, nor when only question words were typed.
    """
    if not parsed.question:
        return parsed

    def question_word(node: Node) -> bool:
        return (
            isinstance(node, Clause)
            and not node.phrase
            and node.text.casefold() in (QUESTION_WORDS)
        )

    groups = [g for g in parsed.groups if not all(question_word(n) for n in g)]
    if not groups:
        return parsed
    return replace(parsed, groups=groups)


def is_question(text: str) -> bool:
    """Tell whether a query is a question: it ends with "?" or opens with a question word."""
    words = text.strip().split()
    if not words:
        return False
    if words[-1].endswith("?"):
        return True
    first = words[0].casefold().strip("¿¡\"'„“")
    second = words[1].casefold() if len(words) > 1 else ""
    # "In welchem Jahr ...", "Seit wann ...": a preposition before the question word.
    return first in QUESTION_WORDS or (len(first) <= 5 and second in QUESTION_WORDS)


def _analyze(schema: Schema, fieldname: str, text: str) -> list[Word]:
    """Analyze text as the field's analyzer does; parts share their compound's position."""
    analyzer = schema[fieldname].analyzer
    words: list[Word] = []
    for t in analyzer(text, positions=True, mode="query"):
        if words and t.pos == words[-1].pos:
            words[-1].parts.append(t.text)
        else:
            words.append(Word(t.text, t.pos))
    return words


def _phrase(fieldname: str, words: list[Word], boost: float) -> wq.Query:
    """Build a phrase query; dropped stopwords leave gaps that the slop allows for."""
    if len(words) == 1:
        return _word(fieldname, words[0], boost)
    gaps = [b.pos - a.pos for a, b in zip(words, words[1:], strict=False)]
    return wq.Phrase(fieldname, [w.term for w in words], slop=max(1, max(gaps)), boost=boost)


def _word(fieldname: str, word: Word, boost: float) -> wq.Query:
    """Match a word, or a compound as a whole or by all of its parts."""
    whole = wq.Term(fieldname, word.term, boost=boost)
    if not word.parts:
        return whole
    parts = wq.And([wq.Term(fieldname, p, boost=boost * PART_BOOST) for p in word.parts])
    return wq.Or([whole, parts])


def loosen_compounds(q: wq.Query, boost: float = LOOSE_PART_BOOST) -> wq.Query:
    """Let each part of a compound also match alone, weighted low (for questions).

    A question's compound ("Ladenschließungen") is often answered in other words ("die
    Läden … geschlossen"): a part found alone adds a little. Exclusions are not loosened.
    """
    if not boost:
        return q
    if isinstance(q, wq.Or):
        subs = q.subqueries
        if (
            len(subs) == 2
            and isinstance(subs[0], wq.Term)
            and isinstance(subs[1], wq.And)
            and all(isinstance(p, wq.Term) for p in subs[1].subqueries)
        ):
            # _word's compound: the whole word, or all of its parts.
            whole, parts = subs[0], subs[1].subqueries
            alone = [wq.Term(p.fieldname, p.text, boost=whole.boost * boost) for p in parts]
            return wq.Or([whole, subs[1], *alone], boost=q.boost)
        return wq.Or([loosen_compounds(s, boost) for s in subs], boost=q.boost)
    return q


def _near(fieldname: str, words: list[Word], slop: int, boost: float) -> wq.Query:
    """Match words within slop positions of each other, in any order."""
    if len(words) == 1:
        return _word(fieldname, words[0], boost)
    terms = [wq.Term(fieldname, w.term) for w in words]
    near = spans.SpanNear2(terms, slop=slop, ordered=False, mindist=0)
    near.boost = boost
    return near


def _fold_only(schema: Schema, fieldname: str, text: str) -> str:
    """Lowercase and fold a prefix as the field's analyzer does, without stemming it."""
    out = text
    for item in getattr(schema[fieldname].analyzer, "items", ()):
        if isinstance(item, Tokenizer):
            continue
        if type(item).__name__ in ("LowercaseFilter", "GermanFoldFilter", "AccentFoldFilter"):
            out = next((t.text for t in item(iter([Token(text=out)]))), out)
    return out


def _prefix(schema: Schema, fieldname: str, text: str, boost: float) -> wq.Query:
    """Match every term that starts like the typed word, folded or stemmed."""
    starts = {_fold_only(schema, fieldname, text)}
    # Terms are stems: "Flüchtlinge*" must reach the stem "fluchtling".
    starts.update(w.term for w in _analyze(schema, fieldname, text)[:1])
    options = [wq.Prefix(fieldname, s, boost=boost) for s in sorted(starts) if s]
    return wq.Or(options) if len(options) > 1 else options[0] if options else wq.NullQuery


def _clause_in_field(schema: Schema, fieldname: str, clause: Clause, boost: float) -> wq.Query:
    """Build the query for one clause in one field, or NullQuery if it has no terms there."""
    if clause.prefix:
        return _prefix(schema, fieldname, clause.text, boost)
    if clause.phrase:
        words = _analyze(schema, fieldname, _HYPHENS.sub(" ", clause.text))
        if not words:
            return wq.NullQuery
        if clause.slop is not None:
            return _near(fieldname, words, max(1, clause.slop), boost)
        return _phrase(fieldname, words, boost)
    if _HYPHENS.search(clause.text) is None:
        words = _analyze(schema, fieldname, clause.text)
        # A word the tokenizer splits (e.g. "G7/G20") is searched as its parts in order.
        return _phrase(fieldname, words, boost) if words else wq.NullQuery
    # A hyphenated word matches its joined form ("jongun") or its parts in a row.
    joined = _analyze(schema, fieldname, _HYPHENS.sub("", clause.text))
    split = _analyze(schema, fieldname, _HYPHENS.sub(" ", clause.text))
    options = [_phrase(fieldname, w, boost) for w in (joined, split) if w]
    return wq.Or(options) if options else wq.NullQuery


def clause_query(
    schema: Schema, clause: Clause, boosts: dict[str, float] | None = None
) -> wq.Query:
    """Build a clause's query over every language group and text part."""
    options = []
    for group in LANGUAGE_GROUPS:
        for part, boost in (boosts or FIELD_BOOSTS).items():
            if clause.parts is not None:
                if part not in clause.parts:
                    continue
                boost = boost or 1.0  # a part the user named counts even if unweighted
            fieldname = text_field(part, group)
            if boost > 0 and fieldname in schema:
                q = _clause_in_field(schema, fieldname, clause, boost)
                if q is not wq.NullQuery:
                    options.append(q)
    return wq.Or(options) if options else wq.NullQuery


def node_query(schema: Schema, node: Node, boosts: dict[str, float] | None = None) -> wq.Query:
    """Build the query of a clause, or of clauses joined by AND / OR minus their NOTs."""
    if isinstance(node, Clause):
        return clause_query(schema, node, boosts)
    positive = [node_query(schema, n, boosts) for n in node.items if not n.negated]
    positive = [q for q in positive if q is not wq.NullQuery]
    negative = [node_query(schema, n, boosts) for n in node.items if n.negated]
    negative = [q for q in negative if q is not wq.NullQuery]
    if not positive:
        return wq.NullQuery
    if len(positive) == 1:
        main = positive[0]
    else:
        main = wq.And(positive) if node.op == "and" else wq.Or(positive)
    if negative:
        main = wq.AndNot(main, wq.Or(negative))
    return main


def group_queries(
    schema: Schema, parsed: ParsedQuery, boosts: dict[str, float] | None = None
) -> list[wq.Query]:
    """Build one query per word group (a word, a phrase, or words joined by OR)."""
    groups = []
    for group in parsed.groups:
        alternatives = [
            q for q in (node_query(schema, n, boosts) for n in group) if q is not wq.NullQuery
        ]
        if alternatives:
            groups.append(wq.Or(alternatives) if len(alternatives) > 1 else alternatives[0])
    return groups


def build(
    schema: Schema,
    parsed: ParsedQuery,
    boosts: dict[str, float] | None = None,
    groups: list[wq.Query] | None = None,
) -> wq.Query:
    """Build the Whoosh query: any of the groups, ranked by BM25F, minus the exclusions.

    Every word counts and none is required: a document with more of the query's words
    (and rarer ones) scores higher, so a question or a remembered phrase with one word
    that the article does not use still finds it. UND between words requires both.
    """
    if groups is None:
        groups = group_queries(schema, parsed, boosts)
    if not groups:
        return wq.NullQuery
    main = wq.Or(groups) if len(groups) > 1 else groups[0]
    excluded = [
        q
        for q in (node_query(schema, replace(n, negated=False), boosts) for n in parsed.excluded)
        if q is not wq.NullQuery
    ]
    if excluded:
        main = wq.AndNot(main, wq.Or(excluded))
    return main


def group_terms(groups: list[wq.Query]) -> list[set[tuple[str, str]]]:
    """Return, for each group query, the (field, term) pairs it searches."""
    out = []
    for q in groups:
        terms = set()
        for fieldname, text in q.iter_all_terms(phrases=True):
            terms.add((fieldname, text.decode("utf-8") if isinstance(text, bytes) else text))
        out.append(terms)
    return out
