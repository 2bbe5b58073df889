"""Wordings of the thirty-fourth held-out pair of page layouts (bench/layouts.py, "held-out-34").

Written before the cleaner of version 27 was changed for titles, and never used for
training or tuning it: the cleaner's figures on it are reported apart (README.md). Its
wordings, separators and marker styles are in no other set's file and avoid the cleaner's
cue words; its own layout variants (all around the article's title) are in
bench/layout_heldout34.py, their wordings in HELD_OUT_34_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_34 = Words(
    site_names=(
        "Wümmeniederung Wegweiser", "Eifelhöhe Echo", "Brackwater Ledger",
        "Altmark Anzeiger Plus", "Spessart Spiegelung", "Coldharbour Courier",
        "Lausitzer Laterne", "Vogtland Vorbote", "Mendip Gazette",
        "Uckermark Umschau", "Hunsrück Horchposten", "Tamarisk Point Observer",
    ),
    consent=(
        "Wir fragen kurz ⦂ Statistik und Einbettungen erst nach Ihrer Zustimmung.",
        "Quick question ⊷ may our partners count this visit?",
        "Datenschutz auf einen Blick ⍿ Videos von Dritten bleiben bis zur Freigabe aus.",
        "Your settings ⦂ nothing is measured until you choose.",
    ),
    consent_buttons=(
        "Einverstanden ⦂", "Nur das Nötigste ⊷", "Einstellungen ⍿", "Accept the lot",
        "No, thanks ⊷", "Werbefrei lesen ⦂ 3,20 € im Monat", "Festlegen ⍿",
    ),
    sections=(
        "Deichverband", "Amtsgericht", "Bezirksliga", "Schützenfest", "Musikschule",
        "Ortsumfahrung", "Wochenmarkt", "Estuary works", "Parish council", "Jahrmarkt",
        "Weinlese", "Gemeinderat", "Winterdienst", "Nachbarschaftshilfe",
    ),
    crumb_separators=(" ⦂ ", " ⊷ ", " ⍿ ", " ∷ "),
    menus=(
        "⦂ Start ⦂ Ortsgeschehen ⦂ Vereine ⦂ Konto",
        "Blaulicht ⊷ Region ⊷ Amateursport ⊷ Traueranzeigen ⊷ Kleinanzeigen",
        "Harbourside ∷ Letters ∷ Fixtures ∷ Listings",
        "Frühausgabe ⍿ Landkreis ⍿ Bilderstrecken ⍿ Stellenmarkt",
    ),
    footer_headings=(
        "Gleich danach", "Noch mehr vom Landkreis", "Parallel erschienen",
        "Eben eingetroffen", "Für den Abend", "Aus den Nachbarorten",
        "Verwandte Themen", "Viel gelesen seit Montag", "Down by the estuary",
        "More parish notes", "Elsewhere in the ledger", "Quer durch den Kreis",
        "Für die Fahrt nach Hause", "Aus dem Archivregal",
    ),
    list_headings=("Acht in Folge", "Spätdienst", "Quick eight", "Landkreis kompakt"),
    heading_forms=("⦂ {} ⦂", "⊷{}", "⍿⍿ {} ⍿⍿", "∷{}∷", "{upper}", "{} ⦂⦂"),
    markers=(
        " ⦂ weiterblättern", " [Fortsetzung zeigen]", " ⊷ zum ganzen Stück", " ⍿⍿",
        " ∷ Volltext öffnen", " … bitte weiter", " (ungekürzt)", " Read on ⦂",
        " ⊷ whole report", " – dorthin wechseln", " [full ledger entry]",
    ),
    ellipses=(" ⦂⦂", " […⊷]", " …⍿", " ∷∷∷"),
    inline_forms=(
        "Vom Nebentisch ⦂ {}", "Am Rande notiert ⊷ {}", "Zeitgleich berichtet: {}",
        "Ein Hinweis: {}", "Estuary desk too ⍿ {}", "Aus der Lokalredaktion ∷ {}",
        "⦂⦂ {}", "Noch ein Faden ⊷ {}",
    ),
    share=(
        "Teilen ⦂ Signal ⦂ Mastodon ⦂ Druckfassung", "Adresse kopieren ⊷",
        "Weiterreichen ⍿ Threema ⍿ Bluesky", "Pass it on ∷ estuary folk",
        "Lieber mailen ⦂", "Auf die Leseliste ⊷",
    ),
    newsletter=(
        "Frühstücksbrief ⦂ werktags um halb sieben, kostenlos.",
        "Kreisnotizen bestellen ⊷ dienstags und freitags, jederzeit abbestellbar.",
        "Ledger letter ∷ Thursdays, free.",
        "Ortsbrief anfordern ⍿ Mailadresse angeben",
    ),
    ads=("⦂ Reklamefläche ⦂", "⊷ Sponsored slot", "Promotion ⍿ weiter geht es unten",
         "∷Werbeplatz∷", "Gefördert durch ⦂ Partner"),
    comments=("{n} Stimmen dazu", "Leserrunde ⦂ {n}", "{n} estuary replies",
              "Aussprache ⊷ {n} Beiträge"),
    copyright=(
        "{site} {year} ⦂ Weiterverwendung untersagt",
        "{site} ⍿ {year} ⍿ Abdruck nur mit Genehmigung",
        "{year} ∷ {site} Press, reuse on request",
    ),
    legal=(
        "Anschrift ⦂ Datenschutz ⦂ Präferenzen ⦂ Zugänglichkeit",
        "Tarife ⊷ Abo beenden ⊷ Fragen",
        "Standards ∷ About the Ledger ∷ Vacancies",
        "Leitlinien ⍿ Ombudsstelle ⍿ Abo-Service",
    ),
    credits=(
        "Bild ⦂ {agency}", "Aufgenommen von ⊷ {agency}",
        "Photo: {name} ∷ {agency}", "Foto {name}",
        "Grafik ⍿ {agency}",
    ),
    agencies=("Bildarchiv Wümme", "Fotostudio Eifelhöhe", "Brackwater Picture Desk",
              "Lichtbild Altmark", "Archiv Spessart", "Mendip Photo Library"),
    caption_texts=(
        "Neue Bushaltestelle kurz vor der Eröffnung", "Rathaus hinter Baugerüsten",
        "Helfer packen Spendenkisten im Gemeindehaus",
        "Gesperrte Brücke nach dem Hochwasser",
        "Obstbäume für den Schulhof, gepflanzt von Viertklässlern",
        "Bürgermeisterin Okafor eröffnet den Dorfladen",
    ),
    bylines=("Aufgeschrieben ⦂ {name} ⦂ {date}", "{date} ⊷ notiert von {name}",
             "Ledger copy: {name}"),
    kickers=(
        "Nachgefragt", "Hingeschaut", "Gestern und morgen", "Vor Ort", "Nachgerechnet",
        "Eingeordnet",
    ),
    list_bullets=("⁃ ", "⦂ ", "⊷ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-34 has (bench/layout_heldout34.py).
HELD_OUT_34_PARTS: dict[str, tuple[str, ...]] = {
    # The page's head title at the top, as a browser's title bar shows it.
    "tag-form": ("{site} - {title}", "{title} | {site}", "{title} | {section} | {site}"),
    # A kicker of the page's own, on a line of its own ending in a colon, over a date and
    # author line over the title; or glued before the title by a colon.
    "kickers": (
        "Streit um die Kosten:", "Nach der Sitzung:", "Zwischenbilanz:", "Neue Wendung:",
        "Ein Jahr danach:", "Second look:", "Im Gespräch:", "Aus dem Rathaus:",
    ),
    "glued-kickers": (
        "Ortstermin", "Kommentar", "Analyse", "Nachlese", "Kurz erklärt", "Update",
        "Explainer", "Leserfrage",
    ),
    "date-author": (
        "{d}. {month} {y}, {hh}:{mm} Uhr ⦂ {name}",
        "von {name} ⊷ {d}.{m}.{y}",
        "{month_en} {d}, {y} ∷ by {name}",
    ),
    # A news source before the title, the title in quotation marks.
    "quote-source": ("{agency}: „{title}“", "{agency} ⦂ »{title}«", "{agency} – \"{title}\""),
    "agencies": ("Nordwire", "Elbkurier-Dienst", "Harbour Press Agency", "Südwestticker"),
    # A question of the site's own under the title, not from the body.
    "questions": (
        "Was bedeutet das für die Anwohner?", "Wie geht es jetzt weiter?",
        "Wer zahlt am Ende die Rechnung?", "Was sagen die Betroffenen?",
        "What happens next?", "Who pays for it in the end?",
        "Warum erst jetzt?",
    ),
    # The author and time between the title in capitals and its mixed-case copy.
    "caps-meta": ("{d}.{m}.{y} ⦂ {name}", "{name} ⊷ {hh}:{mm} Uhr", "by {name} ∷ {month_en} {d}"),
    # A label over an English article's title on a German site.
    "english-label": (
        "Englischsprachiger Originalbeitrag", "Aus unserem englischen Dienst ⦂",
        "Im Original auf Englisch ⊷",
    ),
    # Extras: a line back to the overview at the top.
    "back": ("← Zurück zur Übersicht", "⦂ zurück zum Landkreis", "Back to the ledger ⊷"),
    # Extras: the edition over the title.
    "edition": ("Ausgabe Nord ⦂", "Lokalausgabe ⊷ Süd", "Edition ∷ Estuary"),
    # Extras: a tool line under the title.
    "tools": ("Drucken ⦂ Vorlesen ⦂ Merken", "Schrift größer ⊷ kleiner", "Print ∷ Listen ∷ Save"),
}  # fmt: skip
