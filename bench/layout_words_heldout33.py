"""Wordings of the thirty-third held-out pair of page layouts (bench/layouts.py, "held-out-33").

Written before the cleaner of version 27 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file, and its markers, labels and
headings are worded outside the cleaner's cue words (index/cues.py); its own layout
variants (other stories' text around and inside the body) are in bench/layout_heldout33.py,
their wordings in HELD_OUT_33_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_33 = Words(
    site_names=(
        "Uckermark Umschau", "Spessart Spiegelbild", "Hunsrück Hausblatt",
        "Wetterau Wochenpost", "Carrow Fen Gazette", "Altmark Abendruf",
        "Vogelsberg Volksblick", "Lausitzer Laterne", "Brackenridge Courier",
        "Ostprignitz Orgel", "Harzvorland Hornsignal", "Millbeck Observer",
    ),
    consent=(
        "Zählpixel ruhen ⟡ bis Sie etwas erlauben.",
        "Nothing is counted yet ⟐ your call below.",
        "Fremdinhalte ⦿ Karten, Videos, Umfragen ⦿ derzeit ausgeblendet.",
        "Statistik pausiert ⟡ Freigabe erwünscht.",
    ),
    consent_buttons=(
        "Einverstanden ⟡", "Nur Technisches ⟐", "Feinauswahl ⦿", "Fine by me",
        "Essentials only", "Ohne Reklame ⦿ 3,90 € monatlich", "Auswahl sichern ⟢",
    ),
    sections=(
        "Dorferneuerung", "Feuerwehrfest", "Bezirksliga", "Posaunenchor", "Hofladen",
        "Glasfaserausbau", "Viehmarkt", "Fen drainage", "Parish council", "Schützenfest",
        "Kleingartenverein", "Deichschau", "Winterdienst", "Landfrauen",
    ),
    crumb_separators=(" ⟡ ", " ⟐ ", " ⦿ ", " ⟢ "),
    menus=(
        "⟡ Erstes ⟡ Gemeinden ⟡ Vereine ⟡ Konto",
        "Blaulicht ⟐ Landkreis ⟐ Spieltag ⟐ Traueranzeigen ⟐ Flohmarkt",
        "Villages ⦿ Letters ⦿ Fixtures ⦿ Parish notes",
        "Frühausgabe ⟢ Region ⟢ Fotostrecken ⟢ Stellen",
    ),
    footer_headings=(
        "Auch im Blatt", "Frisch vom Ticker", "Worüber der Kreis spricht",
        "Aus anderen Ressorts", "Zum Durchblättern", "Nicht verpassen",
        "Von unseren Korrespondenten", "Spätabends geklickt", "Across the fen",
        "From the county desk", "Earlier in the week", "Einmal quer durch",
        "Für die Mittagspause", "Aus dem Landkreis",
    ),
    list_headings=("Sechs Kurzmeldungen", "Mittagslage", "Six briefly", "Kreisrunde"),
    heading_forms=("⟡ {} ⟡", "⟐{}", "⦿⦿ {} ⦿⦿", "⟢{}⟢", "{upper}", "{} ⟡"),
    markers=(
        " ⟡ aufblättern", " [Fließtext öffnen]", " ⟐ bis zum Schluss",
        " ⦿⦿", " ⟢ übriger Text", " … dort vollständig", " (geht weiter)",
        " Carry on ⟡", " ⦿ rest of the report", " – Langfassung", " [the remainder]",
    ),
    ellipses=(" ⟡⟡", " […⟐]", " …⦿", " ⟢⟢⟢"),
    inline_forms=(
        "Aus der Nachbarspalte ⟡ {}", "Querverweis ⟐ {}", "Zeitgleich erschienen: {}",
        "Fen desk too ⦿ {}", "Aus dem Kreishaus ⟢ {}", "⟢⟢ {}", "Parallel dazu ⟡ {}",
    ),
    share=(
        "Weiterreichen ⟡ Signal ⟡ Mastodon ⟡ Brief", "Adresse kopieren ⟐",
        "Verschicken ⦿ Threema ⦿ Bluesky", "Hand it on ⟢ fen folk",
        "Lieber per Post ⟢", "Vormerken ⟡",
    ),
    newsletter=(
        "Frühpost ⟡ werktags um sieben, kostenlos.",
        "Kreisbrief bestellen ⟐ dienstags und freitags, jederzeit abbestellbar.",
        "Fen letter ⦿ Saturdays, free.",
        "Dorfbrief anfordern ⟢ Adresse eintragen",
    ),
    ads=("⟡ Reklame ⟡", "⟐ Paid slot", "Promotion ⦿ Lesen geht unten weiter",
         "⟢Werbeplatz⟢", "Ermöglicht durch ⟡ Partner"),
    comments=("{n} Stimmen dazu", "Leserforum ⟡ {n}", "{n} fen voices",
              "Diskussion ⟐ {n} Beiträge"),
    copyright=(
        "{site} {year} ⟡ Weitergabe untersagt",
        "{site} ⦿ {year} ⦿ Übernahme nur nach Absprache",
        "{year} ⟢ {site} Press, reuse by arrangement",
    ),
    legal=(
        "Anschrift ⟡ Privatsphäre ⟡ Vorlieben ⟡ Barrierefreiheit",
        "Tarife ⟐ Vertrag beenden ⟐ Hilfe",
        "Standards ⟢ Our Gazette ⟢ Vacancies",
        "Leitlinien ⦿ Ombudsstelle ⦿ Leserdienst",
    ),
    credits=(
        "Bild ⟡ {agency}", "Aufgenommen von ⟐ {agency}",
        "Photo: {name} ⟢ {agency}", "Aufnahme: {name}",
        "Grafik ⦿ {agency}",
    ),
    agencies=("Bildarchiv Uckermark", "Lichtbild Spessart", "Carrow Fen Pictures",
              "Fotostelle Wetterau", "Archiv Altmark", "Millbeck Photo Desk"),
    caption_texts=(
        "Der neue Dorfplatz kurz vor der Eröffnung", "Die Kirche im Baugerüst",
        "Helferinnen verteilen Lebensmittel im Gemeindehaus",
        "Der überspülte Feldweg nach dem Starkregen",
        "Schulkinder pflanzen Linden am Sportplatz",
        "Bürgermeisterin Okafor eröffnet den Rufbus",
    ),
    bylines=("Festgehalten ⟡ {name} ⟡ {date}", "{date} ⟐ von {name}",
             "Filed from the fen: {name}"),
    kickers=(
        "Nachgefragt", "Nachgerechnet", "Damals im Kreis", "Vor Ort", "Überschlagen",
        "Wiederentdeckt",
    ),
    list_bullets=("⟢ ", "⟡ ", "⟐ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-33 has (bench/layout_heldout33.py).
HELD_OUT_33_PARTS: dict[str, tuple[str, ...]] = {
    # Another story's first sentence set as a pull quote between body paragraphs, with
    # where it comes from under it.
    "quote-form": ("„{text}“", "»{text}«", "\"{text}\""),
    "quote-source": ("⟡ aus: {title}", "— {title}", "(Quelle: {title})", "⟐ {title}"),
    # A one-line pointer to another story between body paragraphs: a label, the headline
    # and the story's section.
    "also-line": (
        "Ebenfalls lesenswert ⟡ {title} ({section})",
        "Nicht entgehen lassen: {title} ⟐ {section}",
        "Worth a detour ⦿ {title} [{section}]",
        "{section} ⟢ {title}",
    ),
    # What glues another story's first sentence to the end of a body paragraph.
    "glued-join": (" ⟡ Verwandt: ", " ⟐ ", " (Dazu passend) ", " | Related: "),
    # Live-ticker entries of other events between body paragraphs: a time and a text.
    "ticker-entry": ("{hh}:{mm} ⟡ {text}", "{hh}.{mm} Uhr – {text}", "[{hh}:{mm}] {text}"),
    "ticker-label": ("Liveblog ⟐ andere Lagen", "Laufende Lage", "Live elsewhere ⦿"),
    # A numbered list of other stories, each headline with its first sentence, under a
    # heading of its own.
    "key-head": ("Das Allerwichtigste knapp ⟡", "Auf einen Blick: der Tag",
                 "In brief today ⦿", "Kurz und bündig"),
    "key-form": ("{i}) {title}: {text}", "{i} ⟐ {title} – {text}", "{i}. {title}. {text}"),
    # Teaser blocks with a section, a date and a time over the headline and a cut lead.
    "stamp-row": ("{upper} | {d}.{m}.{y}, {hh}:{mm}", "{section} ⟡ {d}.{m}.{y} ⟡ {hh}:{mm} Uhr",
                  "{upper} · {hh}:{mm}"),
    "stamp-end": (" …", "…", " ⟢", ""),
    # Teasers in a second language: a tag for the language, the headline and its lead.
    "lang-tag": ("[EN]", "(english)", "⟡ in English", "[DE]", "(auf Deutsch)"),
    # Other stories' first sentences set as quotes, each with its headline under it.
    "wall-head": ("Stimmen des Tages", "Zitiert ⟐", "Quoted today ⦿", ""),
    # Live-ticker entries of other events after the body.
    "ticker-head": ("Laufend aktualisiert ⟡", "Minute für Minute", "As it happens ⦿", ""),
}  # fmt: skip
