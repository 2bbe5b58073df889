"""The analyzers, pinned as exact token lists."""

from __future__ import annotations

import pickle

import pytest

from index.analysis import english_analyzer, german_analyzer, plain_analyzer, tokens

GERMAN = german_analyzer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Sentences from the seed page of the archive.
        (
            "Der russische Präsident Wladimir Putin will nach Nordkorea reisen.",
            ["russisch", "prasident", "wladimir", "putin", "nordkorea", "nord", "korea", "reis"],
        ),
        (
            "Westliche Geheimdienste vermuten, dass es sich dabei um die Modelle KN-23 und "
            "KN-24 handelt.",
            [
                "westlich",
                "geheimdien",
                "geheim",
                "dien",
                "vermut",
                "dabei",
                "modell",
                "kn23",
                "kn",
                "23",
                "kn24",
                "kn",
                "24",
                "handelt",
            ],
        ),
        (
            "Im Zentrum der Zusammenarbeit stehen nordkoreanische Waffenlieferungen an die "
            "russische Armee.",
            [
                "zentrum",
                "zusammenarbeit",
                "zusamm",
                "arbeit",
                "steh",
                "nordkorean",
                "nord",
                "korean",
                "waffenliefer",
                "waff",
                "liefer",
                "russisch",
                "arme",
            ],
        ),
        (
            "Kim Jong-un (m.l.) beim Weltraumbahnhof",
            ["kim", "jongun", "jong", "un", "weltraumbahnhof", "welt", "raum", "bahnhof"],
        ),
        (
            "Die Gewerkschaft GPA-djp fordert mehr Lohn.",
            ["gewerkschaft", "gpadjp", "gpa", "djp", "fordert", "mehr", "lohn"],
        ),
        # Umlauts and ß with their ae/oe/ue/ss spellings fold together.
        ("Straße Strasse strasse", ["strass", "strass", "strass"]),
        ("München Muenchen Munchen", ["munch", "munch", "munch"]),
        ("Flüchtlinge Flüchtlingen Flüchtling", ["fluchtling"] * 3),
        ("für fuer fur über ueber", []),
        # A preposition fused with its article is a stopword as the article is.
        ("beim im zum vom ins ans aufs fürs fuers übers ums", []),
        # A comparative's ending is no part of a compound, however spelt.
        ("früheren frueheren", ["fruh", "fruh"]),
        # ae/oe/ue after a vowel or q are no umlauts.
        ("Frauen Quelle neue", ["frau", "quell", "neu"]),
        # A hyphen before a space or an en dash does not join words.
        (
            "Kinder- und Jugendärzte – Baden-Württemberg",
            ["kind", "jugendarzt", "jugend", "arzt", "badenwurttemberg", "bad", "wurttemberg"],
        ),
    ],
)
def test_german_tokens(text: str, expected: list[str]) -> None:
    assert tokens(GERMAN, text) == expected


def test_compound_parts_point_into_the_word() -> None:
    text = "Neue Waffenlieferungen"
    got = [
        (t.text, t.pos, t.startchar, t.endchar) for t in GERMAN(text, positions=True, chars=True)
    ]
    assert got == [
        ("neu", 0, 0, 4),
        ("waffenliefer", 1, 5, 22),
        ("waff", 1, 5, 11),
        ("liefer", 1, 11, 22),
    ]


def test_positions_and_offsets_of_hyphenated_words() -> None:
    text = "Kim Jong-un reist"
    got = [
        (t.text, t.pos, t.startchar, t.endchar) for t in GERMAN(text, positions=True, chars=True)
    ]
    assert got == [
        ("kim", 0, 0, 3),
        ("jongun", 1, 4, 11),
        ("jong", 1, 4, 8),
        ("un", 2, 9, 11),
        ("reist", 3, 12, 17),
    ]


@pytest.mark.parametrize(
    ("analyzer", "text", "expected"),
    [
        (
            english_analyzer(),
            "Energy prices: German households brace for a costly winter",
            ["energi", "price", "german", "household", "brace", "cost", "winter"],
        ),
        (
            plain_analyzer(),
            "Le président a été réélu à Genève",
            ["le", "president", "ete", "reelu", "geneve"],
        ),
    ],
)
def test_other_languages(analyzer, text: str, expected: list[str]) -> None:
    assert tokens(analyzer, text) == expected


def test_analyzers_survive_pickling() -> None:
    # The schema is pickled into the index; the query side must get the same analyzer back.
    again = pickle.loads(pickle.dumps(GERMAN))
    text = "Waffenlieferungen nach Pjöngjang über die Straße"
    assert tokens(again, text) == tokens(GERMAN, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A number with thousands points: whole and in parts, so "13000" finds it.
        ("13.000 Stühle", [("13000", 0), ("13", 0), ("000", 1), ("stuhl", 2)]),
        # An age counts its years: "91-Jährige" is found by "91 Jahre".
        ("Die 91-Jährige", [("91jahrig", 1), ("91", 1), ("jahrig", 2), ("jahr", 2)]),
        # A date in figures is day, month and year: "5. Januar" finds "05.01.2021".
        ("am 05.01.2021", [("5", 1), ("01", 2), ("januar", 2), ("2021", 3)]),
        ("bis 31.12. Silvester", [("31", 1), ("12", 2), ("dezemb", 2), ("silv", 3)]),
        # Not dates: a version, decimals, an impossible day.
        ("Version 3.1.4", [("version", 0), ("3", 1), ("1", 2), ("4", 3)]),
        # A decimal with a comma is one number, found whole only: its pieces are not
        # figures a number word finds; figures listed with commas are figures each.
        ("9,2 Prozent", [("9,2", 0), ("prozent", 1)]),
        ("Boote 6,5,7", [("boot", 0), ("6", 1), ("5", 2), ("7", 3)]),
        ("1.000,50 Euro", [("1000", 0), ("1", 0), ("000", 1), ("50", 2), ("euro", 3)]),
        ("am 45.13. Tag", [("45", 1), ("13", 2), ("tag", 3)]),
        # Austrian month names are the German ones too.
        ("im Jänner", [("jann", 1), ("januar", 1)]),
        # A percent sign is the word "Prozent", with or without a space before it.
        ("30 % mehr", [("30", 0), ("prozent", 1), ("mehr", 2)]),
        ("9,2% Zuwachs", [("9,2", 0), ("prozent", 1), ("zuwach", 2)]),
        # A number word, cardinal or ordinal, in any spelling, is its figure too.
        ("fünf Tage", [("funf", 0), ("5", 0), ("tag", 1)]),
        ("das dritte Gesetz", [("dritt", 1), ("3", 1), ("gesetz", 2)]),
        ("fuenfundzwanzig Jahre", [("funfundzwanz", 0), ("25", 0), ("jahr", 1)]),
        # Not a number: a word that starts like one.
        ("Achtung", [("achtung", 0)]),
        # A decade with or without its century, in figures or words, is its two figures.
        ("in den 1970ern", [("1970ern", 2), ("70er", 2)]),
        ("in den 70er-Jahren", [("70erjahr", 2), ("70er", 2), ("jahr", 3)]),
        (
            "die Siebzigerjahre",
            [("siebzigerjahr", 1), ("siebzig", 1), ("jahr", 1), ("70er", 1)],
        ),
        # Underscores join a name's words as hyphens do; underscores alone are no word.
        ("Super_Bowl_50", [("superbowl50", 0), ("sup", 0), ("bowl", 1), ("50", 2)]),
        ("__init__", [("init", 0)]),
        # Accents German does not write come off before stemming: Charité = Charite.
        ("Charité Charite José", [("charit", 0), ("charit", 1), ("jos", 2)]),
    ],
)
def test_numbers_dates_and_spellings(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(t.text, t.pos) for t in GERMAN(text, positions=True)] == expected
