"""Wordings of the sixteenth held-out pair of page layouts (bench/layouts.py, "held-out-16").

Written before the cleaner of version 16 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants are in bench/layout_heldout16.py, their wordings in
HELD_OUT_16_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_16 = Words(
    site_names=(
        "Altmarkkurier", "Hunsrück Herold", "Ostalb Ansager", "Fichtelgebirgsfunk",
        "Cedar Falls Courier", "Westrich Wochenbote", "Nordfriesland Nachrichtenblatt",
        "Saaletal Stimme", "Riverside Ledger", "Kraichgauer Kurbel", "Vulkaneifel Vorschau",
        "Harborview Sentinel",
    ),
    consent=(
        "Mitlesende Partnerfirmen hinterlegen Gerätemerkmale ⟐ akzeptieren oder anpassen.",
        "Fair warning: vendors profile visitors whenever approval arrives.",
        "Statistik bleibt ohne Häkchen abgeschaltet ⟐ jederzeit änderbar.",
        "Cookies fund reporting here; consent keeps lights burning.",
    ),
    consent_buttons=(
        "Zulassen ⟐", "Abwählen ⟡", "Detailauswahl ⟢", "Grant everything",
        "Essentials solely", "Werbefrei stöbern ⟐ 3,47 € pro Abrechnungsmonat", "Auswahl merken ⟣",
    ),
    sections=(
        "Schützenfest", "Gemeinderatssitzung", "Feuerwehreinsätze", "Bezirksklasse Nordwest",
        "Einzelhandel", "Grundschulen", "Baustellenticker", "Waterfront",
        "Harbor authority", "Weinbau", "Brauchtum", "Wanderwege",
        "Flohmärkte", "Bauhof",
    ),
    crumb_separators=(" ⟫⟫ ", " ⇝ ", " ⟿ ", " ⤳ "),
    menus=(
        "⟐ Start ⟡ Rubriken ⟢ Kundencenter",
        "Neuestes ⋄ Ortsteile ⋄ Kreisliga ⋄ Veranstaltungen ⋄ Leserreisen",
        "Township ⋄ Columns ⋄ Death notices ⋄ Classifieds",
        "Brandneu ⁘ Landkreis ⁘ Zuschriftenecke ⁘ Wohnungssuche",
    ),
    footer_headings=(
        "Ebenso lesenswert", "Vorbeigeschaut", "Abendstoff", "Nachbarredaktionen melden",
        "Landkreisweit beobachtet", "Passt thematisch", "Druckfrisch eingetroffen",
        "Vielfach weitergereicht", "Twilight companions", "Harbor gossip", "Uptown murmurs",
        "Weiterführende Stoffe", "Regionalgeschehen kompakt", "Archivperlen",
    ),
    list_headings=("Acht Notizen gebündelt", "Spätlese", "Filed overnight", "Ortsgespräch"),
    heading_forms=("⟦ {} ⟧", "⟬{}⟭", "⋄⁘ {}", "⟮{}⟯", "⟪⟪ {} ⟫⟫", "{} ⟡⟡"),
    markers=(
        " ⟴ Komplettansicht", " [ausklappen ⟶]", " ⤳ fortführend", " ⏵",
        " ⟿ einblenden", " … restlichen Text", " (ungekürzt)", " Onward ⟶",
        " ⫸⫸", " – Weitertext laden", " [whole article]",
    ),
    ellipses=(" ⁘⁘", " [⁝]", " …⟶", " ⸬⸬"),
    inline_forms=(
        "Anschließend ⟶ {}", "Hintergrund ⤳ {}", "Kollege recherchierte ⇝ {}",
        "Fundgrube: {}", "Flipside ⟶ {}", "Zuvor erschienen: {}",
        "⟡⟡ {}", "Vielleicht packend ⟿ {}",
    ),
    share=(
        "Verbreiten ⟶ Threads ⋄ Xing", "Verweis duplizieren ⟰",
        "Reddit ⋄ Viber ⋄ Line", "Forward ⟶ neighbour",
        "Artikel spendieren ⟡", "Auf Leseliste setzen ⟣",
    ),
    newsletter=(
        "Frühstücksbrief ⟶ werktags sieben Uhr früh, gebührenlos ordern.",
        "Wochenendausgabe anfordern ⁘ samstags, unentgeltlich.",
        "Subscribe: waterfront roundup, mailed Tuesdays.",
        "Monatsrundschau erhalten ⟶ Mailadresse eintragen",
    ),
    ads=("⟡ Reklame ausblenden", "⋄ Brand content ⋄", "Inserenten ermöglichen diesen Dienst",
         "⟬ Anzeigenplatz ⟭", "Bezahlte Einblendung ⋄ Auftraggeber"),
    comments=("{n} Leserstimmen", "Kommentarspalte ({n})",
              "{n} community notes", "Einträge momentan: {n}"),
    copyright=(
        "Sämtliche Verwertungsrechte: {site}, {year}. Weitergabe untersagt",
        "{site} ⁘ Rechtevorbehalt ⁘ {year}",
        "© {year} {site} ⋄ Übernahme nur lizenziert",
    ),
    legal=(
        "Zugänglichkeit ⋄ Einwilligungen ⋄ Hausordnung ⋄ Servicebüros",
        "Preisliste ⁘ Kündigungsweg ⁘ Kontaktformular",
        "Errata page ⋄ Newsroom roster ⋄ Fellowships",
        "Statut ⇝ Ombudsstelle ⇝ Servicetelefon",
    ),
    credits=(
        "Lichtbild ⇝ {agency}", "Fotograf ⟶ {agency}",
        "Lens: {name} for {agency}", "Bildreporter {name} hielt fest",
        "Illustration ⇝ {agency}",
    ),
    agencies=("Bildwerk Stendal", "Fotostudio Hunsrück", "Pressebild Kowalczyk",
              "Luftaufnahmen Ostalb", "Bildarchiv Westrich", "Cedar Falls Photo Guild"),
    caption_texts=(
        "Restaurierte Windmühle bei Abendsonne", "Weinfestgäste drängen sich marktplatzseitig",
        "Ehrenamtliche schichten Sandsäcke deichseitig",
        "Alter Marktbrunnen sprudelt erneut",
        "Kindergartenkinder säen Sonnenblumen", "Bürgermeister Lindqvist eröffnet Skaterpark",
    ),
    bylines=("Aufgeschrieben ⋄ {name} ⋄ {date}", "{date} ⁘ {name}",
             "Story: {name}"),
    kickers=(
        "Nachgerechnet", "Durchleuchtet", "Rückblende", "Ortstermin", "Zahlenspiel",
        "Schnellerklärung",
    ),
    list_bullets=("⑵ ", "⟡ ", "⟫ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-16 has (bench/layout_heldout16.py).
HELD_OUT_16_PARTS: dict[str, tuple[str, ...]] = {
    # The site's name after the title (no clean title line on the page).
    "site-suffix": (" - {slug}.de", " « {site}", " / {site} digital", " ⁓ {site}"),
    # The site's name before the title (no clean title line on the page).
    "site-prefix": ("{site} | {title}", "{slug}.de ▸ {title}", "{upper} ⁓ {title}"),
    # A kicker of each page's own before the title, on the title line after a colon.
    "colon-kicker": (
        "Zoff ums Rathausdach|Sturmschäden beziffert|Trotz aller Zweifel|Endlich Klarheit|"
        "Ein Jahr danach|Zwischenbilanz|Druck nimmt zu|Vorort-Termin|Kurswechsel|"
        "Paukenschlag",
        "Zwischen Frust und Zuversicht|Kein Ausweg|Neue Töne|Ungeklärte Punkte|"
        "Rolle rückwärts|Hauchdünne Mehrheit|Geteilte Meinungen|Zweiter Versuch",
        "Breaking point|Up close|Divided views|Reset button|Long wait|"
        "New chapter|Tough calls|Out of sight",
    ),
    # A kicker line of each page's own over the title: ending in a colon, or in capitals.
    "kicker-line": (
        "Folgen des Hochwassers:|Debatte ums Freibad:|Wer zahlt die Zeche?|"
        "Nachtragshaushalt:|Ampelärger Lindenplatz:|Zukunft des Bahnhofs:|"
        "Wechsel im Vorstand:|Kampf um Fachkräfte:",
        "ANALYSE|REPORTAGE|HINTERGRUND|KOMMENTAR|INTERVIEW|PORTRÄT|EXKLUSIV|"
        "NACHGEFRAGT",
        "Fallout:|Inside the vote:|Budget squeeze:|Road to recovery:|WATCHDOG|"
        "EXPLAINER|OPINION|PROFILE",
    ),
    # The title marked as updated on some of a site's pages.
    "update": (" (Update)", " [aktualisiert]", " – UPDATE {n}", " (neu: {n}. Fassung)"),
    # The title as a Markdown heading: underlined (Setext) or under two marks.
    "setext": ("=", "-", "## {title}"),
    # The page's head title left over from the markup, before the clean title.
    "markup-title": ("<title>{title} · {site}</title>", "Fenstertitel ⟶ {title} ⋄ {site}",
                   "<html><title>{site} – {title}</title>"),
    # A breadcrumb ending in the article's own title, over the clean title.
    "crumb-title": ("Startseite ⟫ {section} ⟫ {title}", "Home ⇝ {section} ⇝ {title}",
                    "Aktuell geöffnet ⟶ {section} / {title}"),
    # The body's first sentence again under the title: in bold, or cut with an ellipsis.
    "lead-repeat": ("**{text}**", "_{text}_", "Vorspann ⋄ {text}"),
    # A number of the article's own with the title.
    "title-id": ("{title} [#{k}]", "Meldung {k} ⟶ {title}", "{title} (Beitrag {k})"),
    # A toolbar line under the title.
    "toolbar": ("⟰ Merkzettel ⋄ ⎙ Druckansicht ⋄ ✉ Weiterleiten",
                "Schrift ⟡ größer ⟡ kleiner ⋄ Kontrast umschalten",
                "Save ⋄ Print ⋄ Listen ⋄ Translate"),
    # A line about the reader's account before the title.
    "account": ("Angemeldet als Gastleser ⋄ Abmelden", "Ihre Merkliste ⟶ {n} Einträge",
                "Signed in ⋄ {n} saved stories"),
}  # fmt: skip
