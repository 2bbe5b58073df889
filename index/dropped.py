"""What the cleaner dropped from a page and why: reasons, and how they are told."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

# Why a line was dropped: code -> (English, German).
REASONS = {
    "banner": ("banner before the title", "Kopfzeile vor dem Titel"),
    "title-copy": ("the title repeated", "Titelwiederholung"),
    "byline": ("byline or date line", "Autoren- oder Datumszeile"),
    "credit": ("photo credit", "Bildnachweis"),
    "inline-teaser": ("line announcing another article", "Hinweis auf anderen Artikel"),
    "teaser": ("teaser of another article", "Teaser anderer Artikel"),
    "read-more": ("read-more marker", "Weiterlesen-Verweis"),
    "footer-heading": ("footer heading", "Fußzeile"),
    "footer": ("footer after the article", "Fußzeile"),
    "chrome": ("page chrome", "Seitenelement"),
    "repeated": ("line recurring on the source's pages", "wiederkehrende Zeile der Quelle"),
    "classifier": ("line classifier", "Zeilenklassifikator"),
}


@dataclass(frozen=True)
class Dropped:
    """A line the cleaner dropped: why (a code of REASONS), the article it is a teaser
    of when the archive knows it, and what else was found (pages it recurs on, ...)."""

    text: str
    reason: str
    detail: str = ""
    article: str = ""

    def explain(self) -> str:
        """Say in English why the line was dropped."""
        if self.reason == "repeated":
            return f"line seen on {self.detail} pages of this source"
        if self.article and self.reason == "teaser":
            return f"teaser of article {self.article}"
        if self.article and self.reason == "inline-teaser":
            return f"announces article {self.article}"
        if self.reason == "classifier":
            return f"line classifier: {self.detail}"
        label = REASONS[self.reason][0]
        return f"{label} ({self.detail})" if self.detail else label


def counts(dropped: Iterable[Dropped]) -> dict[str, int]:
    """Count dropped lines by reason, most first (the title's repetition left out)."""
    found = Counter(d.reason for d in dropped if d.reason != "title-copy")
    return dict(found.most_common())


def summary_de(by_reason: dict[str, int]) -> str:
    """Say in one German line how many lines were dropped and why ("" for none):
    "12 Zeilen entfernt: Teaser anderer Artikel, Fußzeile"."""
    total = sum(by_reason.values())
    if not total:
        return ""
    labels: list[str] = []
    for reason in sorted(by_reason, key=lambda r: -by_reason[r]):
        label = REASONS[reason][1] if reason in REASONS else reason
        if label not in labels:
            labels.append(label)
    noun = "Zeile" if total == 1 else "Zeilen"
    return f"{total} {noun} entfernt: {', '.join(labels)}"


def encode(by_reason: dict[str, int]) -> str:
    """Write counts by reason as stored with an article ("teaser:8,footer-heading:1")."""
    return ",".join(f"{reason}:{n}" for reason, n in by_reason.items())


def decode(stored: str) -> dict[str, int]:
    """Read counts by reason as stored with an article; unknown parts are left out."""
    found: dict[str, int] = {}
    for part in (stored or "").split(","):
        reason, _, n = part.partition(":")
        if reason and n.isdigit():
            found[reason] = int(n)
    return found
