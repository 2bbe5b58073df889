"""Wordings of the twentieth held-out pair of page layouts (bench/layouts.py, "held-out-20").

Written before the cleaner of version 18 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants are in bench/layout_heldout20.py, their wordings in
HELD_OUT_20_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_20 = Words(
    site_names=(
        "Rhönkurier Fulda-Land", "Bördebote Wanzleben", "Ashcombe Vantage",
        "Hunsrücker Heimatblatt", "Altmarkspiegel", "Fenwick Bay Courier",
        "Elbtalpost Pirna", "Ostalb-Anzeiger", "Thornbury Tidings",
        "Wendländer Rundblick", "Prignitzer Tagesecho", "Kelso Falls Clarion",
    ),
    consent=(
        "Privatsphäre-Zentrale ◈ Fremdfirmen erfassen Besuche erst bei Freigabe.",
        "Reminder: marketers log visits once approved.",
        "Keks-Auswahl ◈ Auswertungen starten sobald erlaubt, Rücknahme ganz einfach.",
        "Targeted ads pay newsroom salaries; approve now, withdraw anytime.",
    ),
    consent_buttons=(
        "Zulassen ◈", "Verweigern ◇", "Detailauswahl ⚙", "Okay then",
        "Minimum only", "Werbefrei surfen: 4,49 € monatlich", "Speichern ◇",
    ),
    sections=(
        "Schützenfest", "Gemeinderatssitzung", "Feuerwehreinsätze", "Bezirksliga Nord",
        "Weinlese", "Grundschulen", "Baustellen", "Harbourside",
        "Licensing panel", "Schäferei", "Heimatverein", "Wanderwege",
        "Flohmärkte", "Bürgerbüro",
    ),
    crumb_separators=(" ◂ ", " ⟫ ", " ⦙ ", " ⇨ "),
    menus=(
        "◈ Hauptseite ◇ Ressorts ⦙ Leserkonto",
        "Eilmeldungen ⦙ Dörfer ⦙ Bezirksliga ⦙ Veranstaltungen ⦙ Verlosungen",
        "Shire ⦙ Correspondence ⦙ Funerals ⦙ Marketplace",
        "Topaktuell ⇨ Nachbarorte ⇨ Bürgerstimmen ⇨ Immobilien",
    ),
    footer_headings=(
        "Gleichfalls spannend", "Ressortübergreifend", "Nachtlektüre",
        "Aus anderen Redaktionen", "Landkreisrundschau", "Themenähnlich",
        "Soeben hereingereicht", "Kontrovers diskutiert", "Saturday treats",
        "Wharf talk", "Hilltop rumours", "Sachverwandtes",
        "Gemeindenachrichten gebündelt", "Lesefutter gewünscht",
    ),
    list_headings=("Titelreigen", "Nachts verschlungen",
                   "Written pre-sunrise", "Dorfgespräche aktuell"),
    heading_forms=("◖ {} ◗", "⟪{}⟫", "⦙⦙ {}", "◤{}◢", "⟦ {} ⟧", "{} ◇◇"),
    markers=(
        " ⟹ Volltext", " [ausrollen ⟶]", " ⟫ dranbleiben", " ⤵",
        " ⟶ durchblättern",
        " … ganz aufrufen", " (gesamt)", " Onward ⟹",
        " ◇◇", " – Vollständigen Bericht laden", " [see it all]",
    ),
    ellipses=(" ⋯⋯", " [⋯]", " …⟶", " ⦙⦙"),
    inline_forms=(
        "Vertiefend ⟹ {}", "Nebenbei ⟶ {}", "Kollegin notierte ⟫ {}",
        "Fundstück: {}", "Another view ⟹ {}", "Zuvor publiziert: {}",
        "◈◈ {}", "Eventuell packend ⟫ {}",
    ),
    share=(
        "Weitergeben ⟹ Bluesky ⦙ Reddit", "Kurzadresse sichern ⟶",
        "Xing ⦙ Wire ⦙ Viber", "Relay ⟹ neighbour",
        "Beitrag schenken ✿", "Sammelmappe erweitern ♤",
    ),
    newsletter=(
        "Frühpost ⟹ täglich zur Frühstückszeit, kostenfrei abonnierbar.",
        "Wochenendpost bestellen ⦙ samstags, umsonst.",
        "Subscribe: harbourside bulletin, delivered fortnightly.",
        "Halbjahresbrief anfordern ⟹ Mailadresse eintippen",
    ),
    ads=("⟶ Werbebanner wegklicken", "⦙ Sponsored spot ⦙", "Werbekunden tragen Ortsredaktion",
         "◖ Anzeigenraum ◗", "Entgeltliche Einblendung ⦙ Geldgeber"),
    comments=("{n} Leserstimmen", "Kommentarfaden ({n})",
              "{n} voices gathered", "Beiträge insgesamt: {n}"),
    copyright=(
        "Urheberrecht liegt bei {site}, {year}. Weitergabe verboten",
        "{site} ⦙ Rechte geschützt ⦙ {year}",
        "© {year} {site} ⦙ Kopieren erlaubnispflichtig",
    ),
    legal=(
        "Zugänglichkeit ⦙ Datenschutzhinweise ⦙ Netiquette ⦙ Leserservice",
        "Anzeigenpreise ⇨ Kündigung ⇨ FAQ",
        "Richtigstellungen ⦙ Newsroom contacts ⦙ Praktika",
        "Redaktionsstatut ⟫ Leseranwalt ⟫ Servicetelefon",
    ),
    credits=(
        "Fotonachweis ⟫ {agency}", "Bild ⟹ {agency}",
        "Photographed: {name} for {agency}", "Linse: {name}",
        "Illustration ⟫ {agency}",
    ),
    agencies=("Bildarchiv Rhön", "Pressefoto Börde", "Fotostudio Albrecht",
              "Altmark Luftbild", "Lichtbildnerei Elbtal", "Fenwick Imaging"),
    caption_texts=(
        "Renovierte Bockwindmühle vor Sonnenuntergang", "Schützenumzug passiert Marktplatz",
        "Landwirte türmen Strohballen auf",
        "Historische Dorfpumpe läuft wieder",
        "Vorschulkinder pflanzen Kirschbäume", "Bürgermeisterin Albers eröffnet Skatepark",
    ),
    bylines=("Autorin ⦙ {name} ⦙ {date}", "{date} ⟫ {name}",
             "Story by {name}"),
    kickers=(
        "Nachgehakt", "Ortsbesuch", "Rückblende", "Ortstermin", "Faktencheck",
        "Hintergrundbericht",
    ),
    list_bullets=("◈ ", "⦙ ", "⟹ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-20 has (bench/layout_heldout20.py).
HELD_OUT_20_PARTS: dict[str, tuple[str, ...]] = {
    # Pointers to another article after the first paragraph, the headline quoted; "\n"
    # puts the label and the headline on lines of their own.
    "pointer": (
        "Hierzu vormals gedruckt:\n{title}", "({title} – lesenswert, vier Minuten)",
        "Gleiches Feld ⟹ „{title}“ anklicken", "Previously in these pages:\n{title}",
        "Neulich veröffentlicht: {title} ⟶", "Ausführlicheres erfahren Leser unter „{title}“.",
    ),
    # A time of day before each headline of the block between the title and the body.
    "top-stamp": ("{hh}:{mm} Uhr ⦙ {title}", "{hh}.{mm} ⟶ {title}", "[{hh}:{mm}] {title}",
                  "{title} ({hh}:{mm})"),
    # Separators between a headline and its lead run into one line.
    "run-sep": (" ◇ ", " — ", ": ", " ⟫ "),
    # Separators of a flattened grid of headlines (two or four a row).
    "row-joiner": ("\t", "   ", " ◦ ", " ▪ "),
    # Column heads of a teaser table.
    "table-head": ("| Schlagzeile | Worum es geht |", "| Thema | Kurzfassung |",
                   "| Story | Summary |", "| Überschrift | Anriss |"),
    # A ticker of other stories' first sentences after the body.
    "ticker-stamp": ("{hh}:{mm} ⟶ {text}", "+ {hh}.{mm} Uhr + {text}",
                     "{text} [{hh}:{mm}]"),
    # Chrome after the body: tags, corrections, tools, amendment time, author box.
    "tags": (
        "Stichwörter ⦙ Landkreis ⦙ Gemeinderat ⦙ Haushalt",
        "Filed under: county ⦙ council ⦙ budget",
        "Themen dieses Artikels: Verkehr, Ortsentwicklung",
    ),
    "correction": (
        "Tippfehler entdeckt? Markieren und Strg+Enter drücken",
        "Found an error ⟶ notify editors",
        "Unstimmigkeit melden ⟹ Formular öffnen",
    ),
    "tools": (
        "Ausdrucken ⦙ Anhören ⦙ Zoomen",
        "Printable ⦙ Audio ⦙ Bookmark",
        "PDF-Export ⟶ Vormerken ⟶ Teilen",
    ),
    "amended": (
        "Letztmals geändert: {day}.{month}.{year}, {hh}:{mm} Uhr",
        "Last amended {ename} {day}, {year}",
        "Aktualisierung vom {day}. {mname} {year}",
    ),
    "writer-note": (
        "{name} schreibt für {site} über Lokales.",
        "{name} chronicles local affairs for {site}.",
        "Zur Autorin: {name}, seit 2016 bei {site}",
    ),
}  # fmt: skip
MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember")  # fmt: skip
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")  # fmt: skip
