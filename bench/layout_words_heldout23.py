"""Wordings of the twenty-third held-out pair of page layouts (bench/layouts.py, "held-out-23").

Written before the cleaner of version 19 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants (all around the article's title) are in
bench/layout_heldout23.py, their wordings in HELD_OUT_23_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_23 = Words(
    site_names=(
        "Vogelsberg Vorbote", "Altmark Anzeiger Plus", "Hunsrück Heimatpost", "Nahetal Notizblock",
        "Wyvern Cove Gazette", "Eifelkante Echolot", "Fichtelgebirgs Flugblatt",
        "Saalebogen Sender", "Marlow Fen Bulletin", "Jeetzel Journal", "Oderbruch Optik",
        "Gullhaven Observer",
    ),
    consent=(
        "Besuchsstatistik beginnt nach Zustimmung ⧖ jederzeit abwählbar.",
        "Counting partners wait for consent ⧖ revocable.",
        "Gerätekennungen speichern Dritte ⩸ Wahl offen.",
        "Measurement vendors idle pending permission.",
    ),
    consent_buttons=(
        "Passt schon ⧖", "Abwinken ⩸", "Einzelregler ⨷", "Agreeable",
        "Minimal set only", "Werbefrei blättern ⧖ monatlich 3,40 €", "Präferenz ablegen ⩸",
    ),
    sections=(
        "Dorfgemeinschaft", "Stadtverordnete", "Einsatzberichte", "Bezirksliga",
        "Heimatvereine", "Schulhöfe", "Baustellenticker", "Harbour front", "Licensing board",
        "Streuobst", "Plattdeutsch", "Wanderwege", "Flohmärkte", "Bauhof",
    ),
    crumb_separators=(" ⨷ ", " ⧋ ", " ⨹ ", " ⩸ "),
    menus=(
        "⧖ Anfang ⧋ Themenregister ⧋ Leserservice",
        "Heute ⨷ Ortsteile ⨷ Vereinssport ⨷ Kalender ⨷ Marktplatz",
        "Parishes ⨷ Correspondence ⨷ Notices ⨷ Bazaar",
        "Neueste ⨹ Landkreis ⨹ Einsendungen ⨹ Wohnungsmarkt",
    ),
    footer_headings=(
        "Ebenfalls beachtenswert", "Tagesfrisch eingetroffen", "Wochenendstoff",
        "Umlandnotizen", "Kreisnotizen", "Passende Lektüre", "Eben freigeschaltet",
        "Vielfach gelesen", "Parish roundup", "Quay murmurs", "Lately across the fen",
        "Weiterführende Stücke", "Regional gebündelt", "Archivschätze älterer Ausgaben",
    ),
    list_headings=("Acht Vermerke", "Rückblende", "Jotted before noon", "Marktecke"),
    heading_forms=("⧖ {} ⧖", "⩸{}⩸", "⨷⨷ {}", "⩻{}⩼", "⧋⧋ {} ⧋⧋", "{} ⨹⨹"),
    markers=(
        " ⧖ Vollversion", " [entfalten ⩸]", " ⨷ komplett lesen", " ⩷",
        " ⨹ aufdecken", " … restliche Passagen", " (ungekürzt)", " Continue on ⧖",
        " ⧋⧋", " – gesamten Text", " [entire feature]",
    ),
    ellipses=(" ⧖⧖", " [⨷]", " …⩸", " ⩹⩹"),
    inline_forms=(
        "Danach empfehlenswert ⧖ {}", "Vertiefung ⩸ {}", "Kollegenbericht ⨷ {}",
        "Fundstück: {}", "Side story ⧖ {}", "Vorher gedruckt: {}",
        "⧋⧋ {}", "Womöglich mitreißend ⩸ {}",
    ),
    share=(
        "Verbreiten ⧖ Pixelfed ⧋ Misskey", "Kurzadresse holen ⨷",
        "Session ⧋ Delta Chat ⧋ SimpleX", "Pass sideways ⧖ colleague",
        "Freiexemplar weiterreichen ⧖", "Merkliste ergänzen ⩸",
    ),
    newsletter=(
        "Frühlage ⧖ frühmorgens werktäglich, gratis zugestellt.",
        "Samstagsausgabe sichern ⩹ einmal wöchentlich, ohne Gebühr.",
        "Register: harbour briefing, lands Fridays.",
        "Monatsdossier bestellen ⧖ Mailadresse hinterlegen",
    ),
    ads=("⧖ Reklame wegklicken", "⩸ Purchased slot ⩸", "Inserenten tragen diese Redaktion",
         "⩻⩻ Anzeigenfläche", "Bezahlte Einbindung ⩸ Auftraggeber"),
    comments=("{n} Leserstimmen", "Debatte ({n})",
              "{n} remarks logged", "Wortmeldungen aktuell: {n}"),
    copyright=(
        "Verwertungsrechte {site} ({year}). Abschreiben unzulässig",
        "{site} ⩹ rechtlich geschützt ⩹ {year}",
        "{site} © {year} ⩸ Nachdruck lizenzpflichtig",
    ),
    legal=(
        "Zugänglichkeit ⩸ Datenschutzinfo ⩸ Hausregeln ⩸ Servicepunkte",
        "Preisliste ⩹ Abbestellen ⩹ Hilfecenter",
        "Errata ⩸ Desk roster ⩸ Apprentice scheme",
        "Redaktionskodex ⨷ Ombudsstelle ⨷ Leserberatung",
    ),
    credits=(
        "Bildnachweis ⨷ {agency}", "Aufnahme ⧖ {agency}",
        "Lensed by {name} ⩸ {agency}", "Kamera führte {name}",
        "Illustration ⨷ {agency}",
    ),
    agencies=("Fotostelle Vogelsberg", "Bildwerk Hunsrück", "Pressefotos Okonkwo",
              "Drohnenbild Altmark", "Lichtbildarchiv Jeetzel", "Wyvern Cove Lens Club"),
    caption_texts=(
        "Neu gedeckte Feldscheune vor Tagesanbruch", "Kapelle marschiert zum Festplatz",
        "Helferinnen sichern Deich per Sandsack",
        "Sanierter Ortsbrunnen plätschert abermals",
        "Viertklässler setzen Apfelbäume am Schulweg", "Bürgermeister Tanaka weiht Skatepark ein",
    ),
    bylines=("Aufgeschrieben ⩸ {name} ⩸ {date}", "{date} ⩹ notiert {name}",
             "Sent harbourside: {name}"),
    kickers=(
        "Gegengelesen", "Ausgeleuchtet", "Zeitsprung", "Ortstermin", "Quellencheck",
        "Abwägung",
    ),
    list_bullets=("⑺ ", "⧖ ", "⩸ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-23 has (bench/layout_heldout23.py).
HELD_OUT_23_PARTS: dict[str, tuple[str, ...]] = {
    # The page's head as front matter left over from a static-site export: an opening
    # and closing line, the title's key and value, a date and a source (no clean title
    # line on the page).
    "front-matter": (
        "---|titel: {title}|datum: {y}-{m:02d}-{d:02d}|quelle: {site}|---",
        "+++|headline = \"{title}\"|published = {y}-{m:02d}-{d:02d}|outlet = \"{site}\"|+++",
        "%%|Überschrift :: {title}|Veröffentlicht :: {d:02d}.{m:02d}.{y}|%%",
    ),
    # A permanent-link mark beside the title (the heading's anchor, scraped with it).
    "anchor": ("{title} ¶", "¶ {title}", "{title} ⚓", "{title} [∞]"),
    # The title as a link to the article's own address (no clean title line).
    "link": (
        "[{title}](https://{host}/{section}/{slug}-{k}.html)",
        "{title} <https://{host}/beitrag/{k}>",
        "=> https://{host}/{slug} {title}",
        "{title} (https://{host}/a/{k})",
    ),
    # The title twice on one line: the heading's text and a hidden copy run together.
    "doubled": ("{title}{title}", "{title} {title}"),
    # The title as the first cell of a row with a date and a section.
    "row": (
        "| {title} | {d:02d}.{m:02d}.{y} | {section} |",
        "{title}\t{section}\t{d}.{m}.{y}",
        "{y}-{m:02d}-{d:02d};{section};\"{title}\"",
    ),
    # A subtitle line under the title: a sentence of the body's second paragraph.
    "subtitle": ("{text}", "⧖ {text}", "({text})"),
    # The lead photo's caption under the title, then the title again.
    "after-caption": ("{caption} ⩸ {credit}", "[Bild: {caption}] {credit}"),
    # A kicker line of the page's own under the title (pipe-separated).
    "kicker-under": (
        "Nachgefragt|Einspruch|Lagebild|Stichprobe|Zwischenstand|Querschnitt",
        "Follow-up|Street view|Double take|Ledger check",
    ),
    # A kicker in capitals before the title behind a space only (pipe-separated).
    "caps-kicker": (
        "ZUGESPITZT|NACHGEHAKT|BRANDNEU|AUSSENTERMIN",
        "SPOTLIGHT|GEGENCHECK|DRINNEN",
    ),
    # A count of readers' comments beside the title on some of a site's pages.
    "count": ("{title} ({n})", "{title} ⧋{n}", "{title} ⨴{n}⨵"),
}  # fmt: skip
