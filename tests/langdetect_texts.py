"""Texts in many languages and scripts, and what langdetect's own detector makes of one:
what the fast detector's tests compare it with."""

from __future__ import annotations

from pathlib import Path

from index import language
from index.langdetect_fast import stock_detector

ROOT = Path(__file__).resolve().parent.parent


DEMO = ROOT / "demo" / "archive"


TEXTS = [
    "Der Gemeinderat hat am Dienstagabend über den Neubau der Grundschule beraten.",
    "The town council met on Tuesday evening to discuss plans for a new primary school.",
    "Le conseil municipal s'est réuni mardi soir pour discuter du projet d'école.",
    "Der Bürgermeister sagte, das new public management sei ein game changer for the city.",
    "NATO-Gipfel: USA und EU   beraten   über   die Ukraine -- Kim Jong-un droht.",
    "Siehe https://example.org/a?b=c oder schreibe an info@example.org für Details.",
    "Москва и Киев ведут переговоры о прекращении огня и обмене пленными.",
    "東京都は新しい防災計画を発表した。 Tokyo announced a new plan.",
    "Việt Nam công bố kế hoạch phát triển kinh tế mới trong năm nay.",
    "  führende Leerzeichen und   doppelte  ",
]


def demo_texts() -> list[str]:
    texts = []
    for path in sorted(DEMO.rglob("*.txt"))[:15]:
        texts.append(language.sample("", path.read_text(encoding="utf-8")))
    return texts


# Short texts whose walks run long (many steps before one language wins), over several
# blocks of precomputed steps, and texts of one or two n-grams.
SHORT = [
    "Hertha BSC verliert in Amsterdam gegen Ajax",
    "Kabinett beschließt Reform der Grundsteuer",
    "Van der Bellen trifft Rutte in Den Haag",
    "Opel Astra Sports Tourer im Test",
    "Tor!",
    "a",
    "Skandinavien: Norrland, Sverige och Danmark",
]


def stock_probabilities(text: str, trials: int) -> list[tuple[str, float]] | None:
    detector = stock_detector(trials)
    detector.append(text)
    try:
        return [(p.lang, p.prob) for p in detector.get_probabilities()]
    except Exception:  # langdetect's error on a text without features
        return None
