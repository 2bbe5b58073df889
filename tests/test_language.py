"""Tests for index.language: seeded, bounded language detection."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from index.langdetect_fast import create_detector
from index.language import MIN_LETTERS, SAMPLE_CHARS, UNKNOWN, detect, detect_many, sample

ROOT = Path(__file__).resolve().parent.parent
FUNDUS = ROOT.parent / "shared" / "data" / "fundus-testdata"
GERMAN_FOLDERS = ("de", "at", "ch")

PARAGRAPHS = {
    "de": "Der Gemeinderat hat am Dienstagabend über den Neubau der Grundschule beraten. "
    "Nach langer Debatte stimmte eine knappe Mehrheit für den Entwurf des Architekturbüros "
    "aus Freiburg. Der Baubeginn ist für das Frühjahr geplant.",
    "en": "The town council met on Tuesday evening to discuss plans for a new primary school. "
    "After a long debate, a narrow majority voted in favour of the design submitted by a "
    "local firm. Construction is due to start next spring.",
    "fr": "Le conseil municipal s'est réuni mardi soir pour discuter du projet de nouvelle "
    "école primaire. Après un long débat, une courte majorité a voté pour le plan présenté "
    "par un cabinet local. Les travaux doivent commencer au printemps.",
    "es": "El ayuntamiento se reunió el martes por la noche para debatir el proyecto de una "
    "nueva escuela primaria. Tras un largo debate, una estrecha mayoría votó a favor del "
    "diseño presentado por un estudio local. Las obras empezarán en primavera.",
}
# German title with an English body: a text whose answer langdetect is unsure of, so its
# probability shows whether the random sampling is really seeded.
MIXED = (
    "Der Bürgermeister sagte, das new public management sei ein game changer for the city "
    "council and the budget."
)


@pytest.mark.parametrize(("lang", "text"), sorted(PARAGRAPHS.items()))
def test_detects_paragraph_language(lang: str, text: str) -> None:
    found, prob = detect(text)
    assert found == lang
    assert 0.9 <= prob <= 1.0


@pytest.mark.parametrize(("lang", "text"), sorted(PARAGRAPHS.items()))
def test_enough_text_overrides_the_hint(lang: str, text: str) -> None:
    assert detect(text, hint="xx")[0] == lang


@pytest.mark.parametrize("text", [*PARAGRAPHS.values(), MIXED])
def test_detection_is_deterministic(text: str) -> None:
    first = detect(text)
    for other in PARAGRAPHS.values():  # interleaved calls must not disturb it
        detect(other)
        assert detect(text) == first
    assert len({detect(text) for _ in range(5)}) == 1


def test_mixed_text_has_a_middling_probability() -> None:
    lang, prob = detect(MIXED)
    assert lang in {"de", "en"}
    assert 0.0 < prob < 1.0


def test_detection_is_the_same_in_a_fresh_process() -> None:
    texts = [MIXED, PARAGRAPHS["de"]]
    code = (
        "import json, sys; from index.language import detect; "
        "print(json.dumps([detect(t) for t in json.load(sys.stdin)]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    assert [tuple(x) for x in json.loads(out)] == [detect(t) for t in texts]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\t",
        "Ja.",
        "Hallo Welt",
        "Bundestag beschließt",  # 19 letters
        "a_1 " * 19,  # 19 letters, each between an underscore, a digit, a space
        "Ä\u0301ö\u0308 " * 9 + "ü",  # 19 letters and combining marks
        "2024-01-01 12:00 – 3 % 1.234,56 € 0049 89 123456",
        "!!! ??? ... --- ### +++ *** @@@ %%% &&&",
        "🙂 🚆 🚲 ⚽",
    ],
)
def test_too_little_text_returns_hint_or_unknown(text: str) -> None:
    assert len([c for c in text if c.isalpha()]) < MIN_LETTERS
    assert detect(text) == (UNKNOWN, 0.0)
    assert detect(text, hint="de") == ("de", 0.0)
    assert detect(text, hint="") == (UNKNOWN, 0.0)


def test_only_the_bounded_sample_is_read() -> None:
    """Letters after SAMPLE_CHARS neither count as enough text nor change the answer."""
    padding = "1234 " * (SAMPLE_CHARS // 5 + 1)
    assert detect(padding + PARAGRAPHS["fr"]) == (UNKNOWN, 0.0)
    german = PARAGRAPHS["de"] * (SAMPLE_CHARS // len(PARAGRAPHS["de"]) + 1)
    assert len(german) > SAMPLE_CHARS
    assert detect(german + PARAGRAPHS["en"] * 20)[0] == "de"


# -- sample() ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        ("Titel", "Kurzer Text.", "Titel\nKurzer Text."),
        ("", "Kurzer Text.", "Kurzer Text."),
        ("Nur Titel", "", "Nur Titel\n"),
        ("", "", ""),
    ],
)
def test_sample_keeps_short_text(title: str, body: str, expected: str) -> None:
    assert sample(title, body) == expected


LONG_BODY = " ".join(PARAGRAPHS.values()) * 3


@pytest.mark.parametrize("limit", [24, 37, 100, 257, SAMPLE_CHARS, 999])
@pytest.mark.parametrize(
    "title", ["", "Schule wird neu gebaut", "Größere Grundschule für Überlingen"]
)
def test_sample_is_bounded_and_cut_at_a_space(title: str, limit: int) -> None:
    full = f"{title}\n{LONG_BODY}" if title else LONG_BODY
    assert len(full) > limit
    cut = sample(title, LONG_BODY, limit)
    assert len(cut) <= limit
    assert full.startswith(cut)
    assert full[len(cut)] == " "
    assert len(cut) > limit // 2


def test_sample_default_limit() -> None:
    cut = sample("Schule", LONG_BODY)
    assert SAMPLE_CHARS // 2 < len(cut) <= SAMPLE_CHARS
    assert f"Schule\n{LONG_BODY}"[len(cut)] == " "


@pytest.mark.parametrize(
    "body",
    [
        "x" * 1000,  # no space at all
        "ab " + "x" * 1000,  # the only space lies in the first half
        "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz" * 20,
    ],
)
def test_sample_without_a_late_space_cuts_hard_at_the_limit(body: str) -> None:
    assert sample("", body, 100) == body[:100]


# -- real articles, when the team's shared data is beside the checkout -------------------


def _fundus_text(article: dict) -> tuple[str, str]:
    """Return the title and the body text (summary, section headlines, paragraphs)."""
    body = article.get("body") or {}
    parts: list[str] = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        headline = section.get("headline") or []
        parts.extend([headline] if isinstance(headline, str) else headline)
        parts.extend(section.get("paragraphs") or [])
    return article.get("title") or "", "\n".join(p for p in parts if p)


def test_fundus_german_articles_are_detected_as_german() -> None:
    if not FUNDUS.is_dir():
        pytest.skip(f"needs the team's shared data at {FUNDUS} (beside the checkout), absent")
    results: list[tuple[str, str]] = []
    for folder in GERMAN_FOLDERS:
        for path in sorted((FUNDUS / folder).glob("*.json")):
            versions = json.loads(path.read_text(encoding="utf-8"))
            for version, article in sorted(versions.items()):
                title, body = _fundus_text(article)
                assert title and body, f"{path}:{version} has no title or body"
                lang, _ = detect(sample(title, body))
                results.append((f"{folder}/{path.stem}:{version}", lang))
    assert len(results) >= 90
    wrong = [(name, lang) for name, lang in results if lang != "de"]
    assert len(wrong) <= 0.05 * len(results), wrong


@pytest.mark.parametrize(
    "headline",
    [
        "Scholz reist nach Kiew",
        "Waffenlieferungen an Kiew - und dann?",
        "Mehr Geld für Bahn und Straße",
    ],
)
def test_german_headlines_come_out_german(headline: str) -> None:
    # Short texts either detect as German or fall back to the archive's main analysis.
    from index.schema import analyzer_group

    lang, _ = detect(headline)
    assert analyzer_group(lang) == "de"


# -- the fast path for clearly German text -------------------------------------------------

NEIGHBOURS = {
    "nl": "De gemeenteraad heeft dinsdagavond gesproken over de bouw van een nieuwe "
    "basisschool. Na een lang debat stemde een krappe meerderheid voor het ontwerp van het "
    "architectenbureau uit Utrecht. De bouw begint naar verwachting in het voorjaar en "
    "duurt twee jaar.",
    "af": "Die stadsraad het Dinsdagaand oor die bou van die nuwe laerskool beraadslaag. Na "
    "'n lang debat het 'n klein meerderheid vir die ontwerp van die argitekte uit Pretoria "
    "gestem. Die bouwerk sal na verwagting in die lente begin en twee jaar duur.",
    "da": "Byrådet drøftede tirsdag aften opførelsen af den nye folkeskole. Efter en lang "
    "debat stemte et snævert flertal for tegningerne fra arkitektfirmaet i Aarhus. "
    "Byggeriet ventes at begynde til foråret og vil vare to år, siger borgmesteren.",
}


def test_clearly_german_text_skips_langdetect_and_agrees_with_it() -> None:
    from index import language

    german = PARAGRAPHS["de"] + " Die Kosten werden auf zwölf Millionen Euro geschätzt."
    assert language.clearly_german(german)
    detector = create_detector(language.TRIALS)
    detector.append(german)
    best = detector.get_probabilities()[0]
    assert (best.lang, round(best.prob, 4)) == detect(german) == ("de", 1.0)


@pytest.mark.parametrize("text", [*NEIGHBOURS.values(), PARAGRAPHS["en"], MIXED])
def test_neighbour_languages_and_mixed_text_go_to_langdetect(text: str) -> None:
    from index import language

    assert not language.clearly_german(text)


@pytest.mark.parametrize(
    ("text", "german"),
    [
        ("Union und SPD einig: Wir wollen Koalitionsverhandlungen", True),
        ("Bahnstreik: Was Pendler jetzt wissen müssen", True),
        ("Ursula von der Leyen hat a plan for the summit", False),
        ("De regering en de oppositie zijn het eens over de begroting", False),
        ("Trump says he will meet Kim Jong-un in Singapore", False),
        # Words beyond German's 4,000 most frequent ones decide too.
        ("Tarifstreit: Gewerkschaft droht mit unbefristetem Ausstand", True),
        ("Hochwasser: Landrat ruft den Katastrophenfall aus", True),
        ("Wohnungsmarkt: Mieten steigen in Großstädten weiter", True),
        ("Volkswagen recalls diesel cars in Germany", False),
        ("Kindergarten teachers strike in Berlin over wages", False),
        ("Bundesliga club Schalke sacks coach after defeat", False),
        ("Le gouvernement annonce une réforme des retraites", False),
        ("Het kabinet wil de belasting op arbeid verlagen", False),
        ("Regeringen vill sänka skatten på arbete", False),
    ],
)
def test_short_text_fast_path_needs_two_distinctly_german_words(text: str, german: bool) -> None:
    from index import language

    assert language.clearly_german(text) is german
    if german:
        assert detect(text) == ("de", 1.0)


def test_detecting_many_answers_as_detecting_each() -> None:
    texts = [
        *PARAGRAPHS.values(),
        MIXED,
        *NEIGHBOURS.values(),
        "Van der Bellen trifft Rutte in Den Haag",
        "Tor!",
        "1234567890 1234567890 1234567890 ----- ///// ok",
    ]
    hints = [None, "de", "en"] * len(texts)
    hints = hints[: len(texts)]
    assert detect_many(texts, hints) == [detect(t, h) for t, h in zip(texts, hints, strict=True)]
    assert detect_many([], []) == []


# -- short texts German by their known words ------------------------------------------------

KNOWN_WORDS = [
    # One German-only word, every other word a German word: German without langdetect
    # (langdetect answers nl, en, en, af for the first four).
    ("Russland provoziert die Balten", "de"),
    ("Kompromiss oder Konfrontation", "de"),
    ("Coronavirus: Wuhan in China beendet Lockdown", "de"),  # one name, one German-only
    ("Wie Russland eskaliert", "de"),
    ("Polen will gegen Russland klagen", "de"),
    ("Putins Nachricht an Washington", "de"),
    # English around a German word: frequent English words German hardly uses.
    ("Merkel and the Bundeswehr", None),
    ("Volkswagen recalls diesel cars in Germany", None),
    # French, Dutch, Swedish.
    ("Le gouvernement veut réformer les retraites", None),
    ("Het kabinet wil de belasting op arbeid verlagen", None),
    ("Regeringen vill sänka skatten på arbete", None),
    # Mixed: a German start, an English rest.
    ("Bundestag debattiert: the government must act now", None),
    # Names only: no German-only word; or more unknown words than German-only ones.
    ("Boris Johnson Donald Trump Joe Biden", None),
    ("Kowalczyk Brzęczyszczykiewicz trifft Wojciechowski", None),
    # Very short: too few letters to decide by words or by langdetect.
    ("Merkel bleibt", UNKNOWN),
]


@pytest.mark.parametrize(("text", "without_langdetect"), KNOWN_WORDS)
def test_short_text_of_known_german_words_skips_langdetect(
    text: str, without_langdetect: str | None
) -> None:
    from index import language

    quick = language._without_langdetect(text, None)
    if without_langdetect is None:
        assert quick is None  # langdetect decides
        assert not language.clearly_german(text)
    else:
        assert quick == (without_langdetect, 1.0 if without_langdetect == "de" else 0.0)
        assert detect(text) == quick


def test_known_german_words_rule_is_what_the_fast_path_adds() -> None:
    from index import language

    # Each German case above has fewer German-only words than the older rule needs.
    for text, lang in KNOWN_WORDS:
        if lang == "de":
            words = language._WORDS.findall(text.lower())
            german = sum(w in language.SHORT_GERMAN_WORDS for w in words)
            assert german < language.SHORT_MIN_WORDS
