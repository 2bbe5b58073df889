"""Wordings of the eighteenth held-out pair of page layouts (bench/layouts.py, "held-out-18").

Written before the cleaner of version 17 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file (no two words in a row shared
with one); its own layout variants (all around the article's title) are in
bench/layout_heldout18.py, their wordings in HELD_OUT_18_PARTS.
"""

from __future__ import annotations

from layout_words import Words
from layout_words_heldout17 import MONTHS_DE, MONTHS_EN  # noqa: F401 (one set of month names)

HELD_OUT_18 = Words(
    site_names=(
        "Elbtalbote", "Kyffhäuser Kompass", "Rhönblick Rundbrief", "Spessartspiegel",
        "Millbrook Mercury", "Uckermärker Umblick", "Wetterau Wochenschau",
        "Chiemgau Chronik", "Stonebridge Dispatch", "Emsland Echo", "Lausitz Leuchtturm",
        "Pinecrest Herald",
    ),
    consent=(
        "Werbepartner legen Kennungen dieses Browsers ab ⧫ Entscheidung erbeten.",
        "Disclosure: beacons follow readers after approval.",
        "Besucherzählung läuft lediglich mit Freigabe ⧫ widerrufbar.",
        "Ad tech pays salaries; please allow storage.",
    ),
    consent_buttons=(
        "Einverstanden ⧫", "Verweigern ⧪", "Feineinstellung ⧩", "Allow the lot",
        "Bare essentials", "Trackingfrei schmökern ⧫ 3,15 € monatlich", "Speichern ⧬",
    ),
    sections=(
        "Kirmes", "Kreistag", "Blaulicht", "Landesliga Süd", "Handwerk", "Kitas",
        "Straßensperrungen", "Downtown", "Zoning commission", "Obstwiesen", "Mundart",
        "Radwege", "Trödelmärkte", "Ordnungsamt",
    ),
    crumb_separators=(" ⧽ ", " ⧐ ", " ⨠ ", " ⧁ "),
    menus=(
        "⧫ Titelseite ⧪ Ressortübersicht ⧩ Abohilfe",
        "Frisch ⧁ Stadtteile ⧁ Amateursport ⧁ Termine ⧁ Reisemarkt",
        "Borough ⧁ Opinion desk ⧁ Obituaries ⧁ Swap shop",
        "Jüngstes ⨳ Umland ⨳ Leserbriefseite ⨳ Mietmarkt",
    ),
    footer_headings=(
        "Genauso spannend", "Hereingeschneit", "Feierabendlektüre", "Aus Nachbarorten",
        "Kreisweit aufgeschnappt", "Themenverwandt", "Soeben gedruckt", "Oft verschickt",
        "Evening neighbours", "Dockside chatter", "Midtown whispers", "Anschlussstoffe",
        "Heimatgeschehen knapp", "Fundstücke vergangener Jahre",
    ),
    list_headings=("Sieben Notizen", "Nachlese", "Logged at daybreak", "Dorfplatz"),
    heading_forms=("⧼ {} ⧽", "⨝{}⨝", "⧫⧫ {}", "⦅{}⦆", "⧘⧘ {} ⧙⧙", "{} ⧪⧪"),
    markers=(
        " ⧐ Gesamttext", " [aufklappen ⨠]", " ⧽ fortsetzen", " ⨞",
        " ⨠ anzeigen", " … übrigen Absätze", " (vollständig)", " Proceed ⧐",
        " ⧁⧁", " – Fortsetzung öffnen", " [full feature]",
    ),
    ellipses=(" ⨳⨳", " [⨳]", " …⧐", " ⁖⁖"),
    inline_forms=(
        "Daran anknüpfend ⧐ {}", "Hintergründiges ⨠ {}", "Kollegin schrieb ⧽ {}",
        "Schatzkiste: {}", "Other angle ⧐ {}", "Früher publiziert: {}",
        "⧫⧫ {}", "Womöglich fesselnd ⨠ {}",
    ),
    share=(
        "Weitersagen ⧐ Mastodon ⧁ Bluesky", "Kurzlink erzeugen ⧬",
        "Threema ⧁ Telegram ⧁ Wire", "Relay ⧐ workmate",
        "Gratiszugang verschicken ⧫", "Auf Wunschzettel legen ⧪",
    ),
    newsletter=(
        "Morgenpost ⧐ wochentags halb sieben, umsonst beziehen.",
        "Sonntagsbrief ordern ⨳ einmal pro Woche, gratis.",
        "Enrol: downtown digest, delivered Thursdays.",
        "Quartalsüberblick abonnieren ⧐ Mailkonto angeben",
    ),
    ads=("⧫ Werbung verbergen", "⧁ Partner content ⧁", "Anzeigenkunden finanzieren Lokalredaktion",
         "⧼ Werbefläche ⧽", "Gesponserte Platzierung ⧁ Kunde"),
    comments=("{n} Zuschriften", "Diskussionsforum ({n})",
              "{n} replies posted below", "Beiträge bisher: {n}"),
    copyright=(
        "Nutzungsrechte vollständig bei {site}, {year}. Übernahme nicht gestattet",
        "{site} ⨳ geschützt ⨳ {year}",
        "© {year} {site} ⧁ Abdruck nur gegen Lizenz",
    ),
    legal=(
        "Barrierearmut ⧁ Privatsphäre ⧁ Spielregeln ⧁ Kundenbüros",
        "Preise ⨳ Kündigen ⨳ Hilfeseite",
        "Corrections log ⧁ Staff directory ⧁ Internships",
        "Satzung ⧽ Beschwerdestelle ⧽ Kundentelefon",
    ),
    credits=(
        "Aufnahme ⧽ {agency}", "Fotografin ⧐ {agency}",
        "Captured by {name} ⧁ {agency}", "Auslöser drückte {name}",
        "Grafik ⧽ {agency}",
    ),
    agencies=("Bildstelle Elbtal", "Fotodienst Rhön", "Pressebüro Nowak",
              "Drohnenbilder Spessart", "Bildsammlung Emsland", "Millbrook Darkroom Guild"),
    caption_texts=(
        "Sanierte Wassermühle frühmorgens", "Kirmesbesucher schlendern zwischen Buden",
        "Freiwillige befüllen Sandsäcke flussnah",
        "Alter Gemeindebrunnen neu eingeweiht",
        "Grundschüler pflanzen Apfelbäume", "Landrätin Okafor weiht Pumptrack ein",
    ),
    bylines=("Notiert ⧁ {name} ⧁ {date}", "{date} ⨳ {name}",
             "Words: {name}"),
    kickers=(
        "Nachgezählt", "Beleuchtet", "Zeitsprung", "Lokaltermin", "Zahlenwerk",
        "Kurzerklärt",
    ),
    list_bullets=("⑷ ", "⧫ ", "⧽ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-18 has (bench/layout_heldout18.py).
HELD_OUT_18_PARTS: dict[str, tuple[str, ...]] = {
    # A kicker of each page's own joined to the title by a dash, a colon after a kicker in
    # capitals, or a double slash (the joiner, then the kickers, pipe-separated).
    "kicker-join": (
        " — ", ": ", " ‒ ", " // ",
    ),
    "kickers": (
        "Hagelschaden beziffert|Zank um Kreisumlage|Neue Wendung|Knappes Votum|Teure Sanierung|"
        "Langer Atem|Späte Einsicht|Viele Fragezeichen|Unter Zugzwang|Große Pläne",
        "Ärger am Marktplatz|Hoffnung für Pendler|Eine Bilanz|Letzte Chance|"
        "Aufatmen im Dorf|Holpriger Wiederbeginn|Leere Kassen|Mehr Personal",
        "Turning tide|Another glance|Split council|Clean slate|Tight budget|"
        "Long road|Tough trade-offs|Quiet win",
    ),
    # The site's name after the title, behind a separator no earlier set has.
    "site-after": (" ‖ {site}", " :: {site}", " — {site} Online", " ({site})"),
    # The site's name before the title.
    "site-before": ("{site}: {title}", "[{site}] {title}", "{site} ⟩ {title}",
                    "{upper} ⧸⧸ {title}"),
    # A date or the article's number beside the site's name, with the title.
    "date-site": ("{title} | {site}, {date}", "{site} vom {date} – {title}",
                  "{title} · {site} Nr. {k}", "{title} ⟨{site} {date}⟩"),
    # The date forms of date-site.
    "date-form": ("{d:02d}.{m:02d}.{y}", "{y}-{m:02d}-{d:02d}", "{d}. {mname} {y}"),
    # The title only in a head line left over from the markup (no clean title line).
    "html-head": ('<h1 class="headline">{title}</h1>',
                  '<meta property="og:title" content="{title}">',
                  "<h1>{title}</h1>", 'dc.title = "{title}"'),
    # The title in quotation marks.
    "quoted": ("„{title}“", '"{title}"', "«{title}»", "“{title}”"),
    # The title underlined with other symbols, or between closing heading marks.
    "underline": ("~", "*", "# {title} #", "=== {title} ==="),
    # An addition before or after the title on some of a site's pages.
    "addition": ("+++ EIL +++ {title}", "{title} (mit Video)",
                 "{title} – nachgetragen {hh}:{mm} Uhr", "LIVE ⧐ {title}", "{title} [korrigiert]"),
    # A breadcrumb ending in the title, over or under the clean title.
    "trail": ("Aktueller Standort: Titelseite › {section} › {title}",
                    "Navigation ⧽ {section} ⧽ {title}", "Lokales » {section} » {title}",
                    "Now open: {section} > {title}"),
    # The body's first sentence again under the title, as a quote or after a label.
    "opening-again": ("> {text}", "Kurz & knapp: {text}", "Kernaussage ⧐ {text}",
                    "Gist — {text}"),
    # A date line between the title and the body.
    "date-line": ("Erschienen am {d}. {mname} {y}", "{ename} {d}, {y} · reading span {n} minutes",
                  "Stand {d:02d}.{m:02d}.{y}, {hh}:{mm} Uhr", "Online seit {d:02d}.{m:02d}.{y}"),
    # An author line before the title.
    "author": ("Von {name}", "Reportage ⧁ Autorenschaft {name}", "By {name}, staff writer",
               "Autorin ⧁ {name}"),
}  # fmt: skip
