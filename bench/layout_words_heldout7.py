"""Wordings of the seventh held-out pair of page layouts (bench/layouts.py, "held-out-7").

Written before the cleaner of version 8 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file; its own layout variants are in
bench/layout_heldout7.py, their wordings in HELD_OUT_7_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_7 = Words(
    site_names=(
        "Nidda Nachrichtenblatt", "Hunsrück Horizont", "Prignitz Post", "Ostalb Netz",
        "Kraichgau Kurznachrichten", "Riverside Courier", "Saale Signal", "Tauber Tagblatt",
        "Mountain Ledger Online", "Fläming Funk", "Odenwald Online-Zeitung", "Dithmarscher Depeche",
    ),
    consent=(
        "Damit wir Ihnen Inhalte kostenlos anbieten können, finanzieren wir uns über Werbung "
        "und Tracking durch Dritte.",
        "Ihre Einwilligung zu Analyse und Marketing können Sie im Bereich Privatsphäre "
        "jederzeit ändern oder zurückziehen.",
        "This site relies on trackers from us and our 160 partners to fund journalism and "
        "measure audiences.",
        "Hinweis zum Datenschutz: Wir binden Inhalte externer Plattformen ein, die Daten über "
        "Ihr Nutzungsverhalten erheben.",
    ),
    consent_buttons=(
        "Alles klar, weiter", "Ablehnen und schließen", "Zwecke anpassen", "Got it, thanks",
        "Manage choices", "Nur das Nötigste erlauben", "Werbefrei lesen",
    ),
    sections=(
        "Aus den Ortsteilen", "Ratssitzung kompakt", "Hof & Acker", "Blaulicht-Splitter",
        "Vereinsnachrichten", "Kita & Grundschule", "Fußball Kreisliga", "Bauen & Sanieren",
        "Farming", "Courthouse", "Seniorentreff", "Ehrenamt im Porträt", "Weinbau",
        "Alte Traditionen",
    ),
    crumb_separators=(" ⇝ ", " ⋄ ", " ⤏ ", " ⊢ "),
    menus=(
        "≡ Menü öffnen · Ressorts · Mein Konto",
        "Ort ◦ Kreis ◦ Land ◦ Welt",
        "[Gemeinderat] [Vereinsleben] [Weinbau]",
        "ORTSGESCHEHEN   VEREINE   SPORT   ANZEIGEN",
    ),
    footer_headings=(
        "Hier geht's weiter", "Andere Leser interessierten sich auch für",
        "Noch mehr aus dem Landkreis", "Bevor Sie gehen", "Empfohlen von Ihrer Lokalredaktion",
        "Lohnt sich auch", "Mehr Geschichten aus der Gegend", "Die Redaktion empfiehlt",
        "More from the valley", "Worth a second look", "Around the region",
        "Neu im Blatt", "Frisch auf dem Tisch", "Im Blick behalten",
    ),
    list_headings=("Die fünf Meistgelesenen", "Heute im Trend", "Most shared this week",
                   "Gerade gefragt"),
    heading_forms=("## {}", "**{}**", "▐ {}", "∴ {} ∴", "〔{}〕", "{} ⌄"),
    markers=(
        " ⇾", " (Weiterlesen im Volltext)", " ▹▹", " – zum vollständigen Artikel", " [Text öffnen]",
        " ›› Bericht", " ⟹", " Keep on reading", " ↠", " (full text)", " ⇉ lesen",
    ),
    ellipses=(" ⁝", " ‧‧‧", " ․․․", " …»"),
    inline_forms=(
        "Auch interessant für Sie: {}", "Hintergrund dazu – {}", "Drüben im Nachbarort: {}", "⇾ {}",
        "Related coverage – {}", "Ergänzend: {}", "Unser Tipp: {}", "↳ {}",
    ),
    share=(
        "Teilen via WhatsApp | Threads | LinkedIn", "⇪ Artikel teilen", "Link in Zwischenablage",
        "Send this to someone", "Gefällt Ihnen der Text? Teilen Sie ihn!", "Per E-Mail empfehlen",
    ),
    newsletter=(
        "Der Dorfbrief kommt jeden Mittwoch gratis – hier eintragen.",
        "Abonnieren Sie unseren Morgenüberblick aus Ihrer Gemeinde.",
        "Sign up for the valley briefing, delivered every weekday morning.",
        "Keine Neuigkeit mehr verpassen: Ihr Lokal-Update per Mail",
    ),
    ads=("Werbeplatz", "· Inhalt eines Partners ·", "Promoted by partners",
         "Mit freundlicher Unterstützung von", "Reklamefläche"),
    comments=("{n} Meinungen dazu", "Debatte ({n} Wortmeldungen)", "{n} readers commented",
              "Ihre Meinung zählt – {n} Kommentare"),
    copyright=(
        "Sämtliche Rechte: {site} {year}",
        "{site} – {year} – Weiterverwendung nur nach Rücksprache",
        "{site} owns this content ({year})",
    ),
    legal=(
        "Impressum | AGB | Cookie-Einstellungen | Barrierefreiheit",
        "Über uns ◦ Werben ◦ Jobs ◦ Kontakt",
        "Privacy · Accessibility · Sitemap",
        "Leserservice – Abo kündigen – Datenschutzhinweise",
    ),
    credits=(
        "Aufgenommen von {name} ({agency})", "Bild: aus Privatbesitz", "Lichtbild – {agency}",
        "Image: {agency} / {name}", "Archivfoto: {name}",
    ),
    agencies=("Ortsarchiv Süd", "Feuerwehr Kreisverband", "Wikimedia Commons", "Stadtverwaltung",
              "Einsendung eines Lesers", "Polizeipräsidium"),
    caption_texts=(
        "Das alte Rathaus im Abendlicht", "Die neue Sporthalle", "Freiwillige räumen den Bach frei",
        "Gäste beim Weinfest", "Der Traktor auf dem Feld", "Die Bürgermeisterin am Rednerpult",
    ),
    bylines=("Berichtet hat {name} ({date})", "Verfasst: {name}", "{name} ⋅ {date}"),
    kickers=(
        "Aufgespießt", "Unterwegs mit", "Ausblick", "Zeitreise", "Streitfall", "Unter der Lupe",
    ),
    list_bullets=("⮚ ", "◆ ", "#1 · "),
)  # fmt: skip

# Wordings of the layout variants only held-out-7 has (bench/layout_heldout7.py).
HELD_OUT_7_PARTS: dict[str, tuple[str, ...]] = {
    "search-box": ("Suchbegriff eingeben 🔍", "Suche in allen Artikeln …", "Search the site"),
    "premium": ("ⓟ Premium", "Exklusiv für Abonnenten", "Members only"),
    "sticky": ("Sie lesen gerade: {title}", "Now reading: {title}", "Aktueller Artikel » {title}"),
    "under": ("Teilen {a} | Kommentieren {b}", "♥ {a}  ✎ {b}", "{a} likes · {b} comments"),
    "continues": ("Artikel wird unter der Anzeige fortgesetzt", "Story continues below",
                  "– Werbung – Weiterlesen nach der Anzeige –"),
    "embed-head": ("Beitrag auf Instagram ansehen", "Externer Inhalt: X (Twitter)",
                   "View this post on Bluesky"),
    "embed-handle": ("@{handle} · {d}. März", "— {handle} (@{handle}) {d}.4.2024",
                     "Posted by @{handle}"),
    "map": ("Karte vergrößern: {place}", "📍 {place} auf der Karte anzeigen",
            "Map data: {place}"),
    "prev": ("← Vorheriger Artikel: {title}", "Previous story: {title}", "« Zurück: {title}"),
    "next": ("Nächster Artikel: {title} →", "Next story: {title}", "Weiter: {title} »"),
    "reactions": ("😀 {a} · 😢 {b} · 😮 {c}", "Reaktionen: 👍 {a} 👎 {b}", "❤ {a}  😂 {b}  😡 {c}"),
    "print-note": ("Dieser Beitrag erschien zuerst in der Printausgabe vom {d}.{m}.2023.",
                   "This article appeared in the print edition on {m}/{d}/2023.",
                   "Aus der gedruckten Ausgabe vom {d}. {m}. 2023"),
    "contact": ("Hinweise an die Redaktion: redaktion@{host}.de",
                "Tipps? Schreiben Sie uns: tipps@{host}.de", "Got a tip? news@{host}.com"),
    "rule": ("___", "⁂ ⁂ ⁂", "~~~~~~~~"),
    "md-link": ("* [{title}](https://{host}.de/{slug})", "- [{title}](/{slug}.html)",
                "[{title}](https://www.{host}.com/{slug})"),
    "kicker-colon": ("{kicker}: {title}", "{kicker} | {title}", "{kicker} – {title}"),
    "quoted": ("„{title}“", "»{title}«", "“{title}”"),
    "quoted-by": ("Niedergeschrieben von {name}", "By {name}", "Autorin · {name}"),
    "tab-row": ("{h:02d}:{mi:02d}\t{title}\t{section}", "{title}\t{section}\t{h}.{mi:02d} Uhr",
                "{d}.{m}.\t{title}"),
}  # fmt: skip
PLACES = ("Lindenplatz", "Gewerbegebiet Nord", "Ortsumgehung", "Bahnhofstraße", "Freibad")
HANDLES = ("kreisfeuerwehr", "gemeinde_info", "polizei_ost", "stadtwerke", "buergerverein")
HOSTS = ("wetterau-bote", "prignitzpost", "saalesignal", "riverside-courier")
