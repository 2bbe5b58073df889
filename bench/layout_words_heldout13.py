"""Wordings of the thirteenth held-out pair of page layouts (bench/layouts.py, "held-out-13").

Written before the cleaner of version 13 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants are in bench/layout_heldout13.py, their wordings in
HELD_OUT_13_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_13 = Words(
    site_names=(
        "Hunsrücker Heimatblick", "Altmärker Allgemeine", "Ostalb Echolot", "Saltmarsh Sentinel",
        "Fichtelgebirgs Funkspruch", "Wendland Wochenschau", "Millbrook Gazette Extra",
        "Ammerland Allerlei", "Vogtland Vorderseite", "Birchwood Bugle",
        "Hegau Hörrohr", "Donauries Depesche",
    ),
    consent=(
        "Kurz zugestimmt? Dieses Portal speichert Kennungen, damit Vermarkter passende "
        "Banner ausspielen können.",
        "Before scrolling further: these vendors log device fingerprints measuring reach; pick "
        "accept, decline, or details.",
        "Datenverarbeitung durch Drittfirmen findet statt, wenn Ihr Finger oben "
        "Einverstanden antippt.",
        "Every visit here feeds statistics tools operated elsewhere; choose wisely below.",
    ),
    consent_buttons=(
        "Einverstanden", "Lediglich Notwendiges bitte", "Optionen zeigen ⚙", "Sounds okay",
        "No tracking", "Reklamelos schmökern für 3,19 € monatlich", "Auswahl übernehmen ⚑",
    ),
    sections=(
        "Schützenfest", "Gemeinderatssitzung", "Feuerwehreinsätze", "Kreisoberliga",
        "Handwerksbetriebe vorgestellt", "Grundschulen", "Baustellenticker",
        "Harbourside", "Zoning board", "Ackerbau", "Heimatkunde",
        "Radwege", "Flohmarkt", "Gesundheitsamt",
    ),
    crumb_separators=(" ⪧ ", " ⦒ ", " ⥤ ", " ⩥ "),
    menus=(
        "≡ Rubriken ⌕ Stichwortsuche ✉ Leserservice",
        "Titelseite ⦁ Landkreis ⦁ Fußballkreis ⦁ Ausgehtipps ⦁ Kiosk",
        "Township ⦁ Editorials ⦁ Memorials ⦁ Careers",
        "Aktuell ⦙ Umgebung ⦙ Zuschriften ⦙ Kleinanzeigen",
    ),
    footer_headings=(
        "Ebenso spannend", "Zufällig gefunden", "Lesestoff fürs Sofa",
        "Aus befreundeten Häusern", "Kreisrundgang", "Inhaltlich verwandt",
        "Gerade eingetroffen", "Oft geöffnet", "Also noteworthy",
        "Countywide digest", "Buzzing around town", "Direkt dranbleiben",
        "Landkreisweit zusammengestellt", "Damals gemeldet",
    ),
    list_headings=("Sechs Meldungen kompakt", "Morgens beliebt",
                   "Shared widely overnight", "Stadtgespräch ringsum"),
    heading_forms=("▛ {} ▟", "⌈{}⌉", "⦁⦁ {}", "⧼ {} ⧽", "┏ {} ┓", "{} ⤵"),
    markers=(
        " ⤳ Volltext", " [ausklappen ⤑]", " ⧐ weiterführend", " ⤸",
        " ▸▸ tippen",
        " … hierhin", " (ungekürzt)", " Proceed ⤑",
        " ⋙", " – ganzer Beitrag hier", " [entire story]",
    ),
    ellipses=(" ⋮⋮", " [⁘⁘]", " …⦒", " ⦁⦁⦁"),
    inline_forms=(
        "Anknüpfend ⤑ {}", "Tiefer eingestiegen ⥤ {}", "Redaktionskollegen meldeten ⊷ {}",
        "Fundsache: {}", "Contrast ⤑ {}", "Vorab erschienen: {}",
        "✎ {}", "Womöglich spannend ⦒ {}",
    ),
    share=(
        "Verteilen ⤑ Threema ⦁ Bluesky", "Kurzlink sichern ⧉",
        "Facebook ⦁ Pinterest ⦁ Xing", "Pass along ⤑ coworker",
        "Beitrag spendieren ❀", "Leseliste erweitern ✧",
    ),
    newsletter=(
        "Frühstücksbriefing ⤑ werktäglich 6:30, kostenfrei abonnieren.",
        "Nachtausgabe ordern ⦙ jeden Abend, ohne Kosten.",
        "Join: countywide bulletin, landing Tuesdays.",
        "Wochenrückblick zusenden lassen ⤑ Mailadresse angeben",
    ),
    ads=("⊘ Reklame verbergen", "⦁ Promoted slot ⦁", "Finanziert durch Werbepartner",
         "‹ Anzeigenfläche ›", "Gewerblicher Beitrag ⦁ Kooperation"),
    comments=("{n} Leserkommentare", "Diskussion öffnen ({n})",
              "{n} reader remarks", "Forenbeiträge bisher: {n}"),
    copyright=(
        "Verwertungsrechte: {site}, {year}. Übernahme lizenzpflichtig",
        "{site} ⦙ Rechteinhaber ⦙ {year}",
        "℗ {year} {site} ⦁ Abdruck verboten",
    ),
    legal=(
        "Zugänglichkeit ⦁ Tracking-Optionen ⦁ AGB ⦁ Anfahrt",
        "Preisliste ⦙ Kündigungsbutton ⦙ Hilfe",
        "Ethics code ⦁ Staff list ⦁ Apprenticeships",
        "Grundsätze ⊷ Leserbeirat ⊷ Kundencenter",
    ),
    credits=(
        "Bildnachweis ⦒ {agency}", "Aufnahme ⤑ {agency}",
        "Camera work: {name}, courtesy {agency}", "Fotografiert von {name}",
        "Grafik ⦒ {agency}",
    ),
    agencies=("Kreisbildstelle Simmern", "Fotodienst Altmark", "Nachlass Wenzel",
              "Drohnenteam Ostalb", "Lichtbildgruppe Hegau", "Saltmarsh Camera Guild"),
    caption_texts=(
        "Erneuerte Moselfähre im Frühnebel", "Besucher am Kartoffelmarkt neben der Stadtkirche",
        "Freiwillige sichern den Deich", "Dorfbrunnen frisch saniert",
        "Grundschüler setzen Hecken", "Bürgermeisterin Brandt eröffnet Turnhalle",
    ),
    bylines=("Aufgeschrieben ⦁ {name} ⦁ {date}", "{date} ⦙ {name}",
             "Filed by {name}"),
    kickers=(
        "Nachgehakt", "Eingeschätzt", "Rückblende", "Ortstermin", "Zahlensalat",
        "Knapp erläutert",
    ),
    list_bullets=("➊ ", "⁜ ", "⦒⦒ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-13 has (bench/layout_heldout13.py).
HELD_OUT_13_PARTS: dict[str, tuple[str, ...]] = {
    "running-head": ("Seite {p} ⦙ {site} ⦙ {day}", "{site} – Ausgabe {day} – S. {p}",
                     "{day} · page {p} · {site}"),
    "image-file": ("[Bild: {file}]", "Image ⦒ {file}", "Abbildung {file} (vergrößern)"),
    "prose-inline": (
        "Zur Vorgeschichte hatte unsere Redaktion bereits ausführlich berichtet: {title}.",
        "Wie es dazu kam, schildert unser früheres Stück „{title}“.",
        "We covered the background earlier in {title}.",
    ),
    "stats": ("Beitrags-Nr. {k} ⦁ {w} Wörter ⦁ Lesedauer {m} Min.",
              "Artikelkennung {k} | Umfang: {w} Wörter",
              "Story ID {k} ⦁ {w} words"),
    "refs-head": ("Verweise im Dokument", "Linkverzeichnis", "Outbound references listed"),
    "ref": ("{k}. https://{host}/{path}", "   {k}. https://{host}/{path}",
            "[{k}] http://{host}/{path}"),
    "crumb-end": ("Sie befinden sich hier ⪧ {site} ⪧ {section}",
                  "Pfad: {site} ⦒ {section} ⦒ Artikel",
                  "Location ⥤ {site} ⥤ {section}"),
    "setext": ("=", "-", "~"),
    "quote": ("> ", ">> ", "| "),
    "box-top": ("┌────────────────────────┐", "╭────────────────────────╮",
                "+------------------------+"),
    "box-side": ("│ ", "┃ ", "| "),
    "box-bottom": ("└────────────────────────┘", "╰────────────────────────╯",
                   "+------------------------+"),
    "hosts": ("heimatblick-hr.de", "altmark-ab.de", "ostalb-echolot.de", "saltmarsh-sentinel.com"),
}  # fmt: skip
