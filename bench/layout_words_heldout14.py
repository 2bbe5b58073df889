"""Wordings of the fourteenth held-out pair of page layouts (bench/layouts.py, "held-out-14").

Written before the cleaner of version 14 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants are in bench/layout_heldout14.py, their wordings in
HELD_OUT_14_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_14 = Words(
    site_names=(
        "Westerwälder Wachposten", "Elbmarsch Eilzustellung", "Pfälzerwald Pinnwand",
        "Copperfield Clarion", "Oberlausitzer Ortsfunk", "Harzvorland Horchposten",
        "Riverbend Register", "Kraichgauer Kiebitz", "Dithmarscher Deichblatt",
        "Stonegate Dispatch Online", "Nordeifel Nachtwache", "Bördeland Botengang",
    ),
    consent=(
        "Privatsphäre-Hinweis ⯈ Drittanbieter werten Ihr Surfverhalten aus, wenn "
        "Zustimmung erteilt wurde.",
        "Notice: advertising affiliates fingerprint browsers here except when visitors "
        "object underneath.",
        "Für Messzwecke speichert diese Plattform Merkdateien; Widerspruch geht "
        "fortlaufend rechts unten.",
        "Cookies help us pay reporters; allow them or browse restricted.",
    ),
    consent_buttons=(
        "Zustimmen ✔", "Ablehnen ✖", "Mehr Details ⚙", "Allow everything",
        "Essentials only please", "Werbefreies Lesen: monatlich 3,49 €", "Wahl festhalten ☑",
    ),
    sections=(
        "Erntedank", "Stadtratsnotizen", "Rettungsdienst", "Landesliga Nord",
        "Firmenporträts", "Gymnasien", "Straßensperrungen", "Riverside",
        "Planning commission", "Viehzucht", "Ortschronik", "Wanderwege",
        "Trödelmarkt", "Veterinäramt",
    ),
    crumb_separators=(" ⮞ ", " ⯈ ", " ⋗ ", " ⭢ "),
    menus=(
        "⌂ Startseite ⚑ Themenwelt ☎ Aboverwaltung",
        "Heute ⬥ Landkreisnews ⬥ Vereinssport ⬥ Veranstaltungen ⬥ Shop",
        "Township news ⬥ Columns ⬥ Funerals ⬥ Classifieds",
        "Neues ⸾ Nachbarorte ⸾ Leserpost ⸾ Immobilien",
    ),
    footer_headings=(
        "Auch noch wichtig", "Beim Stöbern aufgefallen", "Lesefutter zwischendurch",
        "Von Partnerportalen", "Quer durchs Kreisgebiet", "Passt dazu",
        "Soeben veröffentlicht", "Häufig aufgerufen", "Time well spent",
        "Countyline ramble", "What neighbours discuss", "Dranbleiben lohnt",
        "Landkreis kompakt gebündelt", "Archivperlen hervorgeholt",
    ),
    list_headings=("Acht Nachrichten knapp", "Abends gefragt",
                   "Forwarded overnight", "Dorfgespräch aktuell"),
    heading_forms=("⯁ {} ⯁", "⸢{}⸥", "⬥⬥ {}", "⦗ {} ⦘", "╒ {} ╕", "{} ⮯"),
    markers=(
        " ⭆ Vollständig", " [entfalten ⮕]", " ⯮ mehr davon", " ⮐",
        " ⏩ öffnen",
        " … nachlesen", " (Langfassung)", " Onward ⮕",
        " ⋘⋙", " – gesamten Bericht abrufen", " [complete article]",
    ),
    ellipses=(" ⸱⸱⸱", " [⸬]", " …⯈", " ⬩⬩⬩"),
    inline_forms=(
        "Anschließend ⮕ {}", "Genauer betrachtet ⭢ {}", "Kolleginnen berichteten ⋗ {}",
        "Fundgrube: {}", "Opposite view ⮕ {}", "Vorher veröffentlicht: {}",
        "✐ {}", "Vielleicht lohnend ⯈ {}",
    ),
    share=(
        "Weitersagen ⮕ Threads ⬥ Reddit", "Kurzverweis kopieren ⧈",
        "Instagram ⬥ Snapchat ⬥ Tumblr", "Relay ⮕ teammate",
        "Artikel spenden ✿", "Merkliste befüllen ✦",
    ),
    newsletter=(
        "Feierabendpost ⮕ werktags nachmittags, gratis bestellen.",
        "Wochenendausgabe sichern ⸾ samstags, kostenlos.",
        "Subscribe: riverside briefing, mailed Mondays.",
        "Monatsrückblick empfangen ⮕ Postfach eintragen",
    ),
    ads=("⦸ Anzeigen stummschalten", "⬥ Sponsored placement ⬥", "Bezuschusst durch Inserenten",
         "⸤ Reklamefläche ⸥", "Werblicher Inhalt ⬥ Auftraggeber"),
    comments=("{n} Rückmeldungen", "Kommentarspalte ({n})",
              "{n} audience notes", "Stimmen bisher: {n}"),
    copyright=(
        "Rechtevorbehalt: {site}, {year}. Spiegelung untersagt",
        "{site} ⸾ Schutzrechte ⸾ {year}",
        "Ⓒ {year} {site} ⬥ Wiedergabe erlaubnispflichtig",
    ),
    legal=(
        "Erklärung Barrierefreiheit ⬥ Einwilligungen ⬥ Vertragsbedingungen ⬥ Standorte",
        "Tarife ⸾ Vertragsende ⸾ Support",
        "Standards desk ⬥ Team page ⬥ Traineeships",
        "Statut ⋗ Publikumsrat ⋗ Servicetelefon",
    ),
    credits=(
        "Lichtbild ⯈ {agency}", "Fotograf ⮕ {agency}",
        "Lens work: {name} for {agency}", "Geknipst von {name}",
        "Zeichnung ⯈ {agency}",
    ),
    agencies=("Kreismedienzentrum Montabaur", "Pressefoto Elbmarsch", "Archiv Kessler",
              "Luftaufnahmen Kraichgau", "Fotofreunde Börde", "Copperfield Photo Club"),
    caption_texts=(
        "Restaurierte Holzbrücke bei Tagesanbruch", "Gedränge am Zwiebelmarkt beim Stadthaus",
        "Ehrenamtliche verstärken den Uferwall", "Alter Marktplatzbrunnen wieder in Betrieb",
        "Kindergartenkinder setzen Tulpenzwiebeln", "Ortsvorsteher Lenz weiht Sportplatz ein",
    ),
    bylines=("Recherchiert ⬥ {name} ⬥ {date}", "{date} ⸾ {name}",
             "Reporting: {name}"),
    kickers=(
        "Nachgerechnet", "Abgewogen", "Zeitsprung", "Draußen unterwegs", "Zahlenspiel",
        "Kurz gefasst",
    ),
    list_bullets=("⓵ ", "⯀ ", "⋗⋗ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-14 has (bench/layout_heldout14.py).
HELD_OUT_14_PARTS: dict[str, tuple[str, ...]] = {
    "url": ("https://{host}/{section}/{slug}-{k}.html", "Fundort ⯈ https://{host}/beitrag{k}",
            "{host}/nachrichten/{k}"),
    "fetched": ("Abgerufen am {day} um {hh}:{mm:02d} Uhr", "Stand der Kopie: {day}",
                "Captured {day}, {hh}:{mm:02d} UTC"),
    "profile-head": ("Steckbrief", "Zur Sache", "Fact file"),
    "profile-row": ("{key}: {value}", "{key} ⯈ {value}", "• {key} – {value}"),
    "ticker-inline": ("+++ {title} +++", "++ Eilig ++ {title}", "+++ Just in: {title} +++"),
    "agency-id": ("dpa:{d}-99-{k}/{v}", "Meldungsnummer {k}-{v} ⬥ {d}",
                  "wire ref {d}/{k} v{v}"),
    "end-mark": ("(Ende)", "– Schluss –", "###", "-0-"),
    "rendered": ("Seite erzeugt in {t} s ⬥ Cache {c}", "Renderzeit {t} Sekunden",
                 "Built in {t}s from node {c}"),
    "ticker": ("+++ {title} +++", "++ {title} ++"),
    "wiki": ("== {title} ==", "=== {title} ==="),
    "meta-tail": (" // {section} // {hh}:{mm:02d}", " ⸾ {section} ⸾ {hh} Stunden alt",
                  " // {section}"),
    "emphasis": ("_{title}_", "*{title}*", "/{title}/"),
    "bracket-end": (" […]", " [...]", " (…)"),
}  # fmt: skip
PROFILE_KEYS = (
    ("Geboren", "Wohnort", "Beruf", "Hobby"),
    ("Gegründet", "Mitglieder", "Sitz", "Vorsitz"),
    ("Founded", "Staff", "Based in", "Budget"),
)
PROFILE_VALUES = (
    "1971 in Koblenz", "Heidelberg", "Schreinermeisterin", "Imkerei", "1894", "312",
    "Bad Kreuznach", "Jutta Kolbe", "Lincoln County", "41 employees", "budget undisclosed",
    "Angeln am Altrhein", "seit 2009", "rund 1.150",
)  # fmt: skip
