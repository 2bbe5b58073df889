"""Tell a question from other queries, and find its content: the words its answer holds."""

from __future__ import annotations

from dataclasses import replace

from search.parsed import Clause, Node, ParsedQuery

QUESTION_WORDS = frozenset(
    "wer wen wem wessen was wann wo woher wohin warum weshalb wieso weswegen wie wieviel "
    "wieviele welche welcher welches welchen welchem wodurch womit wofür worauf worüber "
    "woran wovon wozu woraus wogegen worin worum wovor wobei wonach worunter inwiefern "
    "inwieweit who what when where why which how whom whose".split()
)


# True: a question's asking word is dropped as its question words are, from ranking too
# (measured with the reranker refitted, README "Relevance": not kept).
DROP_ASKING = False


def question_content(parsed: ParsedQuery) -> ParsedQuery:
    """Drop a question's question words ("wer", "wann"): the text answering it has none;
    mark the lowercase word right after "wie" as asking ("Wie viele", "Wie hieß", "Wie
    hoch"): the answer gives a figure or a name for it and seldom the word itself.

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

    groups: list[list[Node]] = []
    after_how = False
    for g in parsed.groups:
        if all(question_word(n) for n in g):
            after_how = any(isinstance(n, Clause) and n.text.casefold() == "wie" for n in g)
            continue
        node = g[0]
        if after_how and len(g) == 1 and isinstance(node, Clause) and _plain_lowercase(node):
            if not DROP_ASKING:
                groups.append([replace(node, asking=True)])
        else:
            groups.append(g)
        after_how = False
    if not groups:
        return parsed
    return replace(parsed, groups=groups)


def _plain_lowercase(node: Clause) -> bool:
    """Tell whether a clause is one plain word written in lowercase."""
    return (
        not (node.phrase or node.prefix or node.negated or node.parts is not None)
        and node.slop is None
        and node.text[:1].islower()
    )


def is_question(text: str) -> bool:
    """Tell whether a query is a question: it ends with "?" or opens with a question word."""
    words = text.strip().split()
    if not words:
        return False
    if words[-1].endswith("?"):
        return True
    first = words[0].casefold().strip("¿¡\"'„“")
    second = words[1].casefold() if len(words) > 1 else ""
    # "In welchem Jahr ...", "Seit wann ...": a preposition before the question word;
    # "Nennen Sie ...", "Wissen Sie, ...": a verb and the polite "Sie" open a request
    # or a question.
    return (
        first in QUESTION_WORDS
        or (len(first) <= 5 and second in QUESTION_WORDS)
        or (len(words) > 2 and words[1].strip(",") == "Sie" and first.isalpha())
    )
