"""Wordings of the twenty-sixth held-out pair of page layouts (bench/layouts.py, "held-out-26").

Written before the cleaner of version 20 was changed for teasers; tuned on for cleaner
version 22 (no longer held out): the cleaner's figures on it are reported apart
(README.md). Its
wordings, separators and marker styles are in no other set's file; its own layout
variants (teasers of other stories and chrome around the body) are in
bench/layout_heldout26.py, their wordings in HELD_OUT_26_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_26 = Words(
    site_names=(
        "Vogelsberg Vorhut", "Hunsrück Hörrohr", "Altmark Ankerplatz", "Fichtelgau Fanfare",
        "Wrexley Moor Gazette", "Zabergäu Zeitansage", "Oderbruch Oberlicht",
        "Saalekreis Sammler", "Pennock Vale Herald", "Hohenlohe Handzettel",
        "Dümmer Depesche", "Cragside Evening Lantern",
    ),
    consent=(
        "Messpixel ruhen ⩤ bis Sie zustimmen, jederzeit umkehrbar im Datenschutzcenter.",
        "Our partners wait ⬗ nothing is counted before your answer.",
        "Fremddienste ⟠ Karten, Umfragen, Statistik ⟠ bleiben vorerst gesperrt.",
        "Visitor analytics on hold ⦾ pending your reply.",
    ),
    consent_buttons=(
        "Einverstanden so ⩤", "Bloß das Nötigste ⬗", "Regler selbst setzen ⟠", "Go ahead then",
        "Bare minimum please", "Werbefrei weiter ⦾ 3,49 € im Monat", "Entscheid speichern ⸭",
    ),
    sections=(
        "Ortschaftsrat", "Blaulichtreport", "Bezirksliga", "Heimatverein", "Schulweg",
        "Baustellen", "Wochenmarkt", "Moorland walks", "Parish council", "Brauchtum",
        "Streuobstwiesen", "Kreistag", "Winterdienst", "Dorfjubiläum",
    ),
    crumb_separators=(" ⩤ ", " ⬗ ", " ⟠ ", " ⸭ "),
    menus=(
        "⩤ Titelseite ⬗ Ortsteile ⬗ Vereinsleben ⬗ Leserkonto",
        "Neuestes ⟠ Landkreis ⟠ Sportecke ⟠ Trauerfälle ⟠ Marktplatz",
        "Villages ⦾ Letters ⦾ Fixtures ⦾ Obituaries",
        "Heute ⸭ Umland ⸭ Bildstrecken ⸭ Stellenmarkt",
    ),
    footer_headings=(
        "Dazu passt auch", "Frisch aus dem Ortsbüro", "Was die Nachbarn beschäftigt",
        "Ebenfalls in dieser Woche", "Zum Nachschlagen", "Merken Sie sich vor",
        "Notiert in den Außenstellen", "Gern gelesen am Wochenende", "Along the vale",
        "Fresh off the moor desk", "Earlier this fortnight", "Querbeet im Kreis",
        "Für die Mittagspause", "Vom Schreibtisch nebenan",
    ),
    list_headings=("Achtmal kurz", "Abendschau", "Quick eight", "Kreisblick"),
    heading_forms=("⩤ {} ⩤", "⬗{}", "⟠⟠ {} ⟠⟠", "⸭{}⸭", "{upper}", "{} ⦾"),
    markers=(
        " ⩤ umblättern bitte", " [Text aufklappen]", " ⬗ zum ganzen Bericht", " ⟠⟠",
        " ⸭ vollständig lesen", " … Rest des Textes", " (gesamter Text)", " Onward to the end ⩤",
        " ⦾ rest of report", " – ganzen Artikel öffnen", " [full account]",
    ),
    ellipses=(" ⩤⩤", " […⬗]", " …⟠", " ⸭⸭⸭"),
    inline_forms=(
        "Aus der Ablage ⩤ {}", "Quergelesen ⬗ {}", "Parallel gemeldet: {}",
        "Daran schließt an: {}", "Related on the vale ⟠ {}", "Empfohlen vom Ortsbüro ⸭ {}",
        "⦾⦾ {}", "Eine Ebene tiefer ⩤ {}",
    ),
    share=(
        "Streuen ⩤ Signal ⩤ Fediverse ⩤ Post", "Adresse kopieren und weitergeben ⬗",
        "Verschicken ⟠ Threema ⟠ SMS", "Forward along ⦾ vale friends",
        "Diesen Text schenken ⸭", "Auf den Stapel legen ⩤",
    ),
    newsletter=(
        "Morgenkaffee-Brief ⩤ täglich halb sieben, ohne Kosten.",
        "Kreisdepesche abonnieren ⬗ dienstags und freitags, abbestellbar.",
        "Sign up: the moorland letter, each Thursday.",
        "Vereinspost bestellen ⟠ Postfach hinterlegen",
    ),
    ads=("⩤ Werbung ⩤", "⬗ Paid tie-in", "Anzeige ⟠ Bericht läuft darunter weiter",
         "⸭Anzeigenfenster⸭", "Unterstützt von ⦾ Partnerfirma"),
    comments=("{n} Echo aus der Leserschaft", "Debattenraum ⩤ {n}", "{n} remarks posted",
              "Stimmen im Forum ⬗ {n}"),
    copyright=(
        "Sämtliche Rechte bei {site}, {year} ⩤ Nachdruck auf Anfrage",
        "{site} ⟠ {year} ⟠ Weitergabe nur schriftlich genehmigt",
        "Copyright {year} ⦾ {site} Verlagshaus",
    ),
    legal=(
        "Anbieterkennung ⩤ Datenschutzhinweise ⩤ Cookie-Auswahl ⩤ Barrieren melden",
        "Preise ⬗ Abo beenden ⬗ Hilfe-Center",
        "Standards ⦾ About the Herald ⦾ Work with us",
        "Redaktionsstatut ⸭ Ombudsstelle ⸭ Leserservice",
    ),
    credits=(
        "Foto ⩤ {agency}", "Lichtbild ⬗ {agency}",
        "Lens: {name} ⦾ {agency}", "Bild von {name}",
        "Zeichnung ⟠ {agency}",
    ),
    agencies=("Bildstelle Vogelsberg", "Lichtbild Altmark", "Pressefoto Wrexley",
              "Luftaufnahme Oderbruch", "Archivbild Hohenlohe", "Pennock Photo Pool"),
    caption_texts=(
        "Neue Ampel an der Ortsdurchfahrt in Betrieb", "Turmuhr nach der Reparatur",
        "Helferinnen sortieren Spenden im Gemeindehaus",
        "Feldweg nach dem Starkregen",
        "Schulkinder bauen Nistkästen im Werkraum",
        "Bürgermeisterin Okafor schneidet das Band durch",
    ),
    bylines=("Notiert ⩤ {name} ⩤ {date}", "{date} ⬗ von {name}",
             "Reported from the vale: {name}"),
    kickers=(
        "Tiefgebohrt", "Untergründig", "Zurückgespult", "Hingefahren", "Quergeprüft",
        "Angefragt",
    ),
    list_bullets=("⑼ ", "⩤ ", "⬗ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-26 has (bench/layout_heldout26.py).
HELD_OUT_26_PARTS: dict[str, tuple[str, ...]] = {
    # A series' other parts: the part's number before another story's headline.
    "series": (
        "Teil {k} der Serie ⩤ {title}", "Kapitel {k} der Reihe: {title}", "Part {k} ⬗ {title}",
    ),
    # The heading over a series' other parts.
    "series-head": ("Alle Teile dieser Serie", "Mehr aus der Reihe", "The series so far"),
    # A rank in a trending list with its movement since the last hour.
    "trend": ("▲ {k} {title}", "{k}. {title} (▼)", "#{k} ⟠ {title} ⇡"),
    # The heading over the trending list.
    "trend-head": ("Gerade im Aufwind", "Seit gestern weit oben", "Climbing fast"),
    # A digest of a newsletter: a label line over headlines with a cut lead each.
    "digest-head": (
        "Aus dem heutigen Morgenkaffee-Brief:", "Im Newsletter von dieser Woche ⬗",
        "From this morning's letter:",
    ),
    "digest-item": ("⩤ {title} ⸺ {lead}", "→ {title}: {lead}", "▸ {title} | {lead}"),
    # A footer link column: a section before another story's headline.
    "column": ("{section} ⟶ {title}", "{section} ⸭ {title}", "[{section}] {title}"),
    # A card between paragraphs: a label, another story's headline, its lead cut at a word.
    "card-label": ("Womöglich auch für Sie", "Lohnt sich ebenfalls ⩤", "Also worth a look"),
    # The age of a teaser before its headline, on the headline's line.
    "age": ("Vor {h} Std. ⬗ {title}", "{h} h ago ⦾ {title}", "Gestern, {h}:{mm} ⟠ {title}"),
    # A closing line that marks the end of the article.
    "end-mark": ("Ende des Artikels ⩤", "⬗ Sie sind am Schluss des Beitrags angekommen",
                 "— End of story —"),
    # Sports results and lottery numbers after the body.
    "results-head": ("Ergebnisse vom Spieltag", "Kreisliga kompakt", "Weekend fixtures"),
    "result": ("{a} – {b} {x}:{y}", "{a} {x}:{y} {b}", "{a} v {b} ⟠ {x}-{y}"),
    "lotto": (
        "Lottozahlen vom Samstag: {n1} – {n2} – {n3} – {n4} – {n5} – {n6}, Superzahl {sz}",
        "Gewinnzahlen ⩤ {n1} {n2} {n3} {n4} {n5} {n6} ⩤ Zusatzzahl {sz}",
    ),
    # How the newsroom works, after the body.
    "transparency": (
        "So arbeitet unsere Redaktion ⬗ Hinweise zu Quellen und Korrekturen",
        "Wie wir berichten ⟠ unsere Leitlinien",
        "How we report ⦾ our standards explained",
    ),
}  # fmt: skip

# Club names for the sports results.
CLUBS = (
    "SV Blau-Weiß Ulrichstein", "TuS Kirchberg", "FC Arendsee 09", "SpVgg Wunsiedel",
    "Wrexley Rovers", "VfR Güglingen", "Eintracht Letschin", "SG Merseburg-Süd",
)  # fmt: skip
