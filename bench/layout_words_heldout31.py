"""Wordings of the thirty-first held-out pair of page layouts (bench/layouts.py, "held-out-31").

Written before the cleaner of version 25 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file, and its markers and headings
are worded outside the cleaner's cue words (index/cues.py); its own layout variants
(teasers of other stories and chrome around the body) are in bench/layout_heldout31.py,
their wordings in HELD_OUT_31_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_31 = Words(
    site_names=(
        "Westerwald Wegweiser", "Eifel Eilpost", "Rheingau Rundfunkbrief", "Barnim Bote",
        "Ashcombe Vale Chronicle", "Kraichgau Klartext", "Fläming Fanfare",
        "Steigerwald Stimme", "Holloway Reach Dispatch", "Saale Sonntagsblick",
        "Mittelmosel Merkzettel", "Glenbarrow Examiner",
    ),
    consent=(
        "Messwerkzeuge schlafen ⋇ solange Sie nichts freigeben.",
        "Counters idle ⍣ nothing measured until you say so.",
        "Eingebettete Dienste ⏚ Karten, Hörstücke, Abstimmungen ⏚ vorerst gesperrt.",
        "Auswertung angehalten ◉ wir warten auf Ihr Okay.",
    ),
    consent_buttons=(
        "Geht klar ⋇", "Nur Unverzichtbares ⍣", "Schalter zeigen ⏚", "Works for me",
        "Strictly needed", "Reklamelos ◉ 4,20 € pro Monat", "Wahl merken ⬖",
    ),
    sections=(
        "Flurbereinigung", "Rettungswache", "Kreisliga Süd", "Kirchenchor", "Milchhäusle",
        "Breitbandnetz", "Krammarkt", "Valley footpaths", "Town council", "Weinfest",
        "Streuobstwiese", "Gewässerunterhaltung", "Räumdienst", "Trachtenkapelle",
    ),
    crumb_separators=(" ⋇ ", " ⍣ ", " ⏚ ", " ◉ "),
    menus=(
        "⋇ Auftakt ⍣ Ortschaften ⍣ Vereinswelt ⍣ Profil",
        "Eilig ⏚ Kreisgebiet ⏚ Spielbericht ⏚ Familienanzeigen ⏚ Tauschbörse",
        "Hamlets ◉ Postbox ◉ Fixtures ◉ Notices board",
        "Heute ⬖ Umgebung ⬖ Bildreihen ⬖ Stellenmarkt",
    ),
    footer_headings=(
        "Ebenfalls im Angebot", "Gerade reingekommen", "Worüber das Tal redet",
        "Parallel im Blatt", "Fürs Schmökern", "Bitte nicht übersehen",
        "Von den Außenposten", "Abends gern angeklickt", "Down the vale",
        "From the reach desk", "Earlier this week", "Einmal rund ums Tal",
        "Zwischen zwei Terminen", "Vom Dorfbrunnen",
    ),
    list_headings=("Sieben Kurzstücke", "Abendlage", "Seven quick takes", "Talrunde"),
    heading_forms=("⋇ {} ⋇", "⍣{}", "⏚⏚ {} ⏚⏚", "◉{}◉", "{upper}", "{} ⬖"),
    markers=(
        " ⋇ fortfahren", " [Langtext aufklappen]", " ⍣ bis ans letzte Wort",
        " ⏚⏚", " ◉ restlicher Text", " … drüben komplett", " (Fortsetzung)",
        " Keep at it ⋇", " ◉ whole report", " – ungekürzte Fassung", " [remainder]",
    ),
    ellipses=(" ⋇⋇", " […⍣]", " …⏚", " ◉◉◉"),
    inline_forms=(
        "Aus dem Stehsatz ⋇ {}", "Quergelesen ⍣ {}", "Zugleich publiziert: {}",
        "Anschließend daran: {}", "Meanwhile in the vale ⏚ {}", "Hinweis der Talredaktion ◉ {}",
        "⬖⬖ {}", "Nachgehakt ⋇ {}",
    ),
    share=(
        "Weiterreichen ⋇ Signal ⋇ Threema ⋇ Postkarte", "Verweis kopieren ⍣",
        "Senden ⏚ Matrix ⏚ Bluesky", "Pass it round ◉ vale folk",
        "Diesen Text verschenken ⬖", "Auf den Stapel ⋇",
    ),
    newsletter=(
        "Morgenbrief ⋇ werktags um sechs, kostenlos ins Postfach.",
        "Talbrief bestellen ⍣ mittwochs, jederzeit kündbar.",
        "The vale letter ◉ Sundays, free of charge.",
        "Vereinsbrief ordern ⏚ Adresse eintragen",
    ),
    ads=("⋇ Reklame ⋇", "⍣ Paid content", "Promotion ⏚ danach folgt der Text",
         "◉Werbefläche◉", "Gefördert von ⬖ Partnerhaus"),
    comments=("{n} Wortbeiträge", "Debatte ⋇ {n}", "{n} notes from readers",
              "Forum ⍣ {n} Stimmen"),
    copyright=(
        "Nutzungsbefugnis ⋇ {site}, {year} ⋇ Übernahme nur mit Erlaubnis",
        "{site} ⏚ {year} ⏚ Weitergabe nach Absprache",
        "© {year} ◉ {site} Verlag",
    ),
    legal=(
        "Anschrift ⋇ Privatsphäre ⋇ Tracking-Regler ⋇ Barrierefreiheit",
        "Preise ⍣ Vertrag kündigen ⍣ Hilfe",
        "Standards ◉ About the Dispatch ◉ Careers",
        "Redaktionsstatut ⏚ Ombudsstelle ⏚ Leserservice",
    ),
    credits=(
        "Foto ⋇ {agency}", "Bildquelle ⍣ {agency}",
        "Picture: {name} ◉ {agency}", "Im Bild festgehalten: {name}",
        "Grafik ⏚ {agency}",
    ),
    agencies=("Bildstelle Westerwald", "Fotodienst Eifel", "Ashcombe Lens Room",
              "Luftaufnahmen Barnim", "Kreisbildarchiv Saale", "Glenbarrow Photo Pool"),
    caption_texts=(
        "Neue Brücke über den Mühlbach kurz vor der Freigabe", "Glockenturm hinter Planen",
        "Freiwillige geben im Pfarrheim Brot und Gemüse aus",
        "Überflutete Wiese am Ortsrand",
        "Kita-Kinder pflanzen Obstbäume am Bolzplatz",
        "Ortsvorsteherin Nwosu eröffnet den Bürgerbus",
    ),
    bylines=("Aufgezeichnet ⋇ {name} ⋇ {date}", "{date} ⍣ von {name}",
             "Filed from the vale: {name}"),
    kickers=(
        "Nachgehört", "Nachgemessen", "Damals im Tal", "Stippvisite", "Überschlagen",
        "Ausgegraben",
    ),
    list_bullets=("⑬ ", "⋇ ", "⍣ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-31 has (bench/layout_heldout31.py).
HELD_OUT_31_PARTS: dict[str, tuple[str, ...]] = {
    # What joins another story's headline to its first sentence between body paragraphs.
    "inline-join": (" ⋇ ", " — ", ". "),
    # What ends another story's lead cut mid-sentence between body paragraphs.
    "inline-cut-end": (" ⍣ Fortsetzung nebenan", " ◉◉", " (ganz drüben)", " ⏚ rest of it"),
    # The short label over two other stories' first sentences between body paragraphs.
    "brief-label": ("Notizen vom Tage ⏚", "Ebenso gemeldet", "Elsewhere today ⬖"),
    # Lines after the body: a transparency note, a prompt to report an error, a count
    # of how often the text was passed on, a line to keep it for later.
    "after-lines": (
        "Transparenz ⋇ Dieser Text entstand ohne Zutun Dritter"
        "|Irrtum bemerkt? Hinweis an hinweis@talpost.example|{n}-mal weitergegeben",
        "Für später vormerken ◉|Unterstützen Sie Lokaljournalismus ⍣ ab 3 € im Monat",
        "Spotted a slip? Tell the desk ◉|Passed on {n} times|Keep for later ⬖",
    ),
    # A place line before a brief, in capitals with an agency, and what follows it.
    "place-form": ("{place} ({agency}) – {text}", "{place}/{agency} ⋇ {text}",
                   "{place}. {text}"),
    # The heading over numbered briefs, and the numbers' form.
    "numbered-head": ("Kompakt um sieben ⏚", "Fürs Frühstück", "Morning five ⍣",
                      "Fünf Dinge für heute"),
    "number-form": ("{i} ⬖ {text}", "{i}. {text}", "({i}) {text}"),
    # A line of its own under a teaser's lead cut mid-sentence.
    "marker-line": ("◉ Gesamter Text", "Aufschlagen ⍣", "Whole thing ⋇", "⬖⬖",
                    "Komplett ansehen ⏚"),
    # Rows of a site's other stories: a day and a headline over a lead cut mid-sentence.
    "day-row": ("{day} ⋇ {title}", "{day} | {title}", "{title} ({day})"),
    "days": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
             "Gestern", "Vorgestern", "Letzte Woche", "Yesterday", "Last Tuesday"),
    # A marker glued to a lead cut mid-sentence with no space before it.
    "glued-marker": ("⍣fortsetzen", "…⬖", "⏚⏚⏚", "[…]➝", "◉ganz"),
}  # fmt: skip

# Places and agencies of the briefs.
PLACES = ("MONTABAUR", "DAUN", "RÜDESHEIM", "EBERSWALDE", "BRETTEN", "JÜTERBOG", "GEROLZHOFEN",
          "NAUMBURG", "BERNKASTEL-KUES", "ASHCOMBE", "GLENBARROW")  # fmt: skip
AGENCIES_31 = ("dpa", "epd", "AFP", "KNA", "lrs", "dpa/lby", "PA")
