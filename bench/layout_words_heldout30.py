"""Wordings of the thirtieth held-out pair of page layouts (bench/layouts.py, "held-out-30").

Written before the cleaner of version 23 was changed for titles; measured on versions 23
and 25, then used for tuning version 26 (README.md). Its
wordings, separators and marker styles are in no other set's file; its own layout
variants (all around the article's title) are in bench/layout_heldout30.py, their
wordings in HELD_OUT_30_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_30 = Words(
    site_names=(
        "Rhönkamm Rundschau", "Spessart Stundenglas", "Uckermark Umschau", "Kingsbridge Ledger",
        "Bodensee Brandung", "Ammerland Anzeiger Digital", "Fenwick Hollow Courier",
        "Westrich Wochenecho", "Hunsrück Hochsitz", "Marlowe Sands Gazette",
        "Vogtland Vorposten", "Emscher Eilbote",
    ),
    consent=(
        "Kurze Rückfrage ⎊ Reichweitenmessung erlauben oder ablehnen?",
        "Your choice first ⏧ trackers stay switched off until you agree.",
        "Externe Inhalte ⟓ Landkarten, Umfragen, Kurzvideos ⟓ erst nach Zustimmung.",
        "Privacy toggles untouched ⍚ nothing stored so far.",
    ),
    consent_buttons=(
        "Einverstanden ⎊", "Bloß Notwendiges ⏧", "Feineinstellung ⟓", "Cookies gerne",
        "Essentials only please", "Ohne Werbung ⍚ 3,90 € je Monat", "Wahl sichern ⏢",
    ),
    sections=(
        "Abwasserverband", "Amtsgericht", "Bezirksliga", "Posaunenchor", "Grundschulverbund",
        "Ortsdurchfahrt", "Wochenmarkt", "Pier repairs", "Parish council", "Schützenfest",
        "Heuernte", "Kreistagssitzung", "Winterdienst", "Nachbarschaftshilfe",
    ),
    crumb_separators=(" ⎊ ", " ⏧ ", " ⟓ ", " ⍚ "),
    menus=(
        "⎊ Titelseite ⏧ Gemeinde ⏧ Clubs ⏧ Konto",
        "Blaulicht ⟓ Nahbereich ⟓ Vereinssport ⟓ Traueranzeigen ⟓ Flohmarkt",
        "Seafront ⍚ Letters ⍚ Fixtures ⍚ Listings",
        "Frühausgabe ⏢ Landkreis ⏢ Bilderstrecken ⏢ Stellenangebote",
    ),
    footer_headings=(
        "Gleich weiterlesen", "Noch mehr vom Landkreis", "Zur selben Stunde",
        "Ebenfalls frisch", "Für den Sonntagskaffee", "Aus dem Nachbarort",
        "Verwandte Stoffe", "Vielgeklickt diese Woche", "Down by the pier",
        "Further parish news", "Elsewhere in the parish", "Querbeet",
        "Für die Heimfahrt", "Aus der Schublade",
    ),
    list_headings=("Acht Stück schnell", "Spätdienst", "Quick eight", "Landkreis kompakt"),
    heading_forms=("⎊ {} ⎊", "⏧{}", "⟓⟓ {} ⟓⟓", "⍚{}⍚", "{upper}", "{} ⏢"),
    markers=(
        " ⎊ umblättern", " [restlichen Text zeigen]", " ⏧ zur Langfassung", " ⏢⏢",
        " ⟓ Beitrag öffnen", " … weiter im Text", " (ungekürzt)", " Carry on ⎊",
        " ⍚ whole piece", " – dorthin wechseln", " [complete account]",
    ),
    ellipses=(" ⎊⎊", " […⏧]", " …⟓", " ⍚⍚⍚"),
    inline_forms=(
        "Vom Schreibtisch nebenan ⎊ {}", "Am Rande vermerkt ⏧ {}", "Zeitgleich gemeldet: {}",
        "Ein Lesetipp dazu: {}", "Pier desk also ⟓ {}", "Aus der Lokalredaktion ⍚ {}",
        "⏢⏢ {}", "Noch eine Fährte ⎊ {}",
    ),
    share=(
        "Weitersagen ⎊ Signal ⎊ Post ⎊ Drucker", "Adresse kopieren ⏧",
        "Verteilen ⟓ Threema ⟓ Mastodon", "Pass it on ⍚ pier folk",
        "Lieber verschenken ⏢", "Auf die Leseliste ⎊",
    ),
    newsletter=(
        "Frühpost ⎊ montags bis freitags um halb sieben, kostenlos.",
        "Landkreisbrief bestellen ⏧ dienstags und freitags, jederzeit abbestellbar.",
        "Pier letter ⍚ Thursdays, free.",
        "Clubbrief abonnieren ⟓ Postfach angeben",
    ),
    ads=("⎊ Werbung ⎊", "⏧ Paid partnership", "Anzeige ⟓ Beitrag geht unten weiter",
         "⍚Werbeplatz⍚", "Gefördert durch ⏢ Partner"),
    comments=("{n} Stimmen dazu", "Leserforum ⎊ {n}", "{n} pier voices",
              "Diskussion ⏧ {n} Einträge"),
    copyright=(
        "Rechte {site} {year} ⎊ Übernahme untersagt",
        "{site} ⟓ {year} ⟓ Weiterverwendung nur mit Erlaubnis",
        "Copyright {year} ⍚ {site} Media",
    ),
    legal=(
        "Anschrift ⎊ Datenschutzhinweise ⎊ Einstellungen ⎊ Zugänglichkeit",
        "Tarife ⏧ Vertrag beenden ⏧ Häufige Fragen",
        "Standards ⍚ Our Ledger ⍚ Vacancies",
        "Leitlinien ⏢ Ombudsrat ⏢ Kundenservice",
    ),
    credits=(
        "Bild ⎊ {agency}", "Aufnahme von ⏧ {agency}",
        "Photo: {name} ⍚ {agency}", "Lichtbild {name}",
        "Grafik ⟓ {agency}",
    ),
    agencies=("Bilderdienst Rhön", "Fotoatelier Spessart", "Kingsbridge Photo Pool",
              "Himmelsblick Uckermark", "Archiv Westrich", "Marlowe Picture Room"),
    caption_texts=(
        "Neue Bushaltestelle vor der Eröffnung", "Rathausdach unter Planen",
        "Helferinnen packen Spendenkisten im Gemeindehaus",
        "Gesperrter Feldweg nach dem Starkregen",
        "Kirschbäume für den Kindergarten, gepflanzt von Vorschulkindern",
        "Bürgermeisterin Adeyemi eröffnet den Dorfladen",
    ),
    bylines=("Verfasst ⎊ {name} ⎊ {date}", "{date} ⏧ aufgeschrieben von {name}",
             "Pier copy: {name}"),
    kickers=(
        "Nachgeprüft", "Ausgeleuchtet", "Einst und jetzt", "Vorbeigeschaut", "Nachgezählt",
        "Aufgefächert",
    ),
    list_bullets=("⑿ ", "⎊ ", "⏧ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-30 has (bench/layout_heldout30.py).
HELD_OUT_30_PARTS: dict[str, tuple[str, ...]] = {
    # A kicker of each page's own over the title: a question or a phrase ending in a colon.
    "kickers": (
        "Nach dem Gipfel:", "Was bleibt?", "Streit im Kreistag:", "Und nun?",
        "Wer zahlt die Zeche?", "Vor der Abstimmung:", "Hinter den Kulissen:",
        "Ein Jahr danach:", "Wie geht es weiter?", "After the vote:", "Who pays?",
        "Zwischen den Fronten:",
    ),
    # Quotation marks framing every title of the site.
    "frame": ("»{title}«", "«{title}»", "‹{title}›", "›{title}‹"),
    # A line under the title to share the article, its title and address in it.
    "share-under": (
        "Artikel teilen: {title} {url}",
        "Teilen per Mail ⎊ {title}",
        "Share ⍚ {title} ⍚ {url}",
    ),
    # A dateline with the place and the news agency over the title.
    "agency-line": ("{city} ({agency})", "{city_upper}/{city2_upper} ({agency})",
                    "Von unserem Korrespondenten in {city} ⏧ {agency}"),
    # A badge over the title on some pages, on its line or glued before the title.
    "badge": ("Live-Ticker", "EXKLUSIV", "Eilmeldung", "● LIVE", "Analyse", "Kommentar"),
    "badge-glue": ("{badge} ⎊ {title}", "{badge}: {title}", "[{badge}] {title}"),
    # The page's head title at the top, the site's name after a pipe.
    "head-title": ("{title} | {site}", "{title} | {site} – Nachrichten aus der Region",
                   "{site} | {title}"),
    # The body's first paragraph as a standfirst under the title, set off by marks.
    "standfirst": ("_{text}_", "▌ {text}", "Vorspann ⟓ {text}"),
    # A picture gallery's counter over the title.
    "gallery": ("Bildstrecke ⟓ {n} Aufnahmen", "{n} Fotos ⎊ zum Durchklicken",
                "Gallery ⍚ {n} pictures"),
    # The article's topics over the title.
    "topics": ("Schlagworte ⎊ {topics}", "Mehr zu: {topics}", "Tagged ⍚ {topics}"),
    # A sponsor's line over the title.
    "sponsor": ("Präsentiert von Autohaus Lindemann", "In Kooperation mit den Stadtwerken",
                "Supported by Fenwick Building Society"),
    # A line under the title pointing at another language's edition.
    "translation": ("Diesen Beitrag gibt es auch auf Englisch ⏧", "Read this in English ⍚",
                    "Version française ⟓ disponible"),
    # Readers' ratings under the title.
    "rating": ("★★★★☆ ({n} Bewertungen)", "Leserwertung {r},{d} von 5 ⎊ {n} Stimmen",
               "Rated {r}.{d}/5 by {n} readers"),
}  # fmt: skip

# Places and agencies for the dateline.
CITIES = ("Fulda", "Aschaffenburg", "Prenzlau", "Lindau", "Westerstede", "Kusel", "Plauen",
          "Kingsbridge")  # fmt: skip
AGENCIES = ("dpa", "AFP", "epd", "KNA", "Reuters", "dpa/lno", "AP")
