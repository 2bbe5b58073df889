"""Wordings of the fifth held-out pair of page layouts (bench/layouts.py, "held-out-5").

Written before the line classifier (index/line_model.py) was built, and never used for
training or tuning it: the cleaner's figures on it are reported apart (README.md). Its
wordings, separators and marker styles are in no other set's file; its own layout
variants are in bench/layout_heldout5.py, their wordings in HELD_OUT_5_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_5 = Words(
    site_names=(
        "Wetterau Bote", "Hunsrück Journal", "Rhön Nachrichten", "Ostfriesland Welle",
        "Saale Rundblick", "Erzgebirge Aktuell", "Breisgau Blatt", "Westerwald Warte",
        "Lakeside Courier", "Valley Observer", "Oderland Echo", "Taunus Telegraf",
    ),
    consent=(
        "Cookies & Tracking: Damit diese Seite funktioniert und wir sie verbessern können, "
        "setzen wir Technologien unserer Partner ein.",
        "Datenschutzhinweis – wir verarbeiten Nutzungsdaten zu Analyse- und Werbezwecken, "
        "Einzelheiten stehen in den Hinweisen.",
        "This site uses tracking technologies from third parties. Manage your choices at "
        "any time in the footer.",
        "Dürfen wir Statistik- und Marketing-Cookies verwenden? Ihre Entscheidung können Sie "
        "später widerrufen.",
    ),
    consent_buttons=(
        "Einverstanden", "Ablehnen", "Optionen verwalten", "Got it", "Reject all",
        "Speichern & schließen", "Nur technisch nötige",
    ),
    sections=(
        "Landkreis", "Ortsgeschehen", "Landwirtschaft", "Feuerwehr", "Schule & Kita",
        "Ehrenamt", "Fußball regional", "Verkehr", "Energie", "Outdoors", "Local Politics",
        "Health", "Gemeinderat", "Kunst & Bühne",
    ),
    crumb_separators=(" :: ", " ⇒ ", " // ", " ⋯ "),
    menus=(
        "≡ Menü  |  Suche  |  Abo",
        "Landkreis :: Feuerwehr :: Verkehr :: Energie",
        "[Home] [Local Politics] [Health] [Outdoors]",
        "ORTSGESCHEHEN · EHRENAMT · SCHULE · ABO",
    ),
    footer_headings=(
        "Noch mehr Lesestoff", "Das lesen andere gerade", "Passend zu diesem Text",
        "Nicht verpassen", "Ihre nächste Geschichte", "Aus unserem Landkreis",
        "Heute besonders gefragt", "Weiterstöbern", "Up next", "Around the valley",
        "You might have missed", "Ebenfalls neu", "Aus der Redaktion empfohlen",
        "Dranbleiben",
    ),
    list_headings=("Tagesrangliste", "Die Top 5", "Trending now", "Viel beachtet"),
    heading_forms=("■ {}", "【{}】", "<< {} >>", "{}:", "— {} —", "❯ {}"),
    markers=(
        " →→", " (weiter)", " ▶▶", " … weiterlesen", " [ganzer Text]", " » Beitrag öffnen",
        " ⟶", " Keep reading", " ⇢ zum Text", " +++", " (more)",
    ),
    ellipses=(" (…)", " …]", " ⋯", " . . ."),
    inline_forms=(
        "Hintergrund: {}", "Zum Nachlesen – {}", "Auch aus dem Landkreis: {}", "➤ {}",
        "See also – {}", "Verwandtes Thema: {}", "Dazu passt: {}", "❯ {}",
    ),
    share=(
        "Beitrag weitergeben: Mail · Mastodon · Threads", "⇪ Teilen", "Link kopieren",
        "Share via email", "Weitersagen!", "Auf LinkedIn empfehlen",
    ),
    newsletter=(
        "Der Abend-Überblick: werktags um 18 Uhr kostenlos per Mail – hier eintragen.",
        "Tragen Sie sich ein und verpassen Sie keine Meldung aus dem Landkreis mehr.",
        "Join our weekly briefing – free, no spam.",
        "Morgens informiert: Ihr Newsletter mit den Themen des Tages",
    ),
    ads=("Gesponsert", "— Anzeige —", "Sponsored content", "Partnerinhalt", "Reklame"),
    comments=("{n} Leserstimmen", "Diskussion: {n} Beiträge", "{n} replies", "Kommentieren ({n})"),
    copyright=(
        "Copyright {year} by {site}",
        "{site} ({year}). Nachdruck nur mit Erlaubnis.",
        "© {site} {year} – all rights reserved",
    ),
    legal=(
        "Barrierefreiheit / Datenschutz / Impressum / Cookie-Einstellungen",
        "Kontakt • Jobs • Anzeigen aufgeben",
        "Accessibility | Privacy choices | Imprint",
        "Nutzungsbedingungen – Hilfe – Leserbriefe",
    ),
    credits=(
        "Aufnahme: {name} ({agency})", "Quelle Bild: {agency}", "Fotografie {name} – {agency}",
        "Image: {agency}/{name}", "Foto: privat",
    ),
    agencies=("Gemeindearchiv", "Pressestelle", "Feuerwehr", "Unsplash", "Polizei", "Verein"),
    caption_texts=(
        "Blick auf die Ortsmitte", "Die neue Brücke über den Fluss", "Helfer beim Aufräumen",
        "Schüler vor dem Gymnasium", "Traktoren auf dem Feld", "Der Bürgermeister im Gespräch",
    ),
    bylines=("Ein Bericht von {name}", "{name} berichtet ({date})", "Redaktion: {name} · {date}"),
    kickers=("Analyse", "Reportage", "Nachgefragt", "Faktencheck", "Meinung", "Exklusiv"),
    list_bullets=("➔ ", "▸ ", "[1] "),
)  # fmt: skip

# Wordings of the layout variants only held-out-5 has (bench/layout_heldout5.py).
HELD_OUT_5_PARTS: dict[str, tuple[str, ...]] = {
    "skip": ("Zum Inhalt springen", "Direkt zur Navigation", "Skip to main content"),
    "ticker": ("+++ EIL: {title} +++", "Breaking ▸ {title}", "Eilmeldung | {title}"),
    "font": ("A− A A+", "Schriftgröße: klein · mittel · groß", "Text size: S M L"),
    "bookmark": ("☆ Artikel merken", "Für später speichern", "Save for later ♡"),
    "keypoints": ("Das Wichtigste in Kürze", "Auf einen Blick", "Key points"),
    "keybullet": ("• ", "✓ ", "– "),
    "poll": (
        "Umfrage: Wie bewerten Sie diese Entscheidung? Gut · Schlecht · Weiß nicht",
        "Ihre Meinung ist gefragt – jetzt abstimmen!",
        "Poll: Do you agree? Yes / No",
    ),
    "plus": ("PLUS ", "[Abo] ", "★ "),
    "correction": (
        "Korrekturhinweis: In einer früheren Version stand ein falsches Datum.",
        "Transparenz: Dieser Text wurde nach Erscheinen ergänzt.",
        "Correction: an earlier version misstated a figure.",
    ),
    "material": ("Mit Material von dpa und epd", "(mit Agenturmaterial)",
                 "Additional reporting by AP"),
    "teaser-row": ("{title} | {d}.{m}. | {section}", "{section} · {title} · {d}.{m}.",
                   "{title} ⋮ {section}"),
    "teaser-join": (" // ", " :: ", " ▷ "),
    "teaser-minutes": ("({n} Min.)", "{n} Min. Lesezeit", "{n} min read"),
    "teaser-counter": ("{i}/{k}", "Nr. {i}", "#{i}"),
    "teaser-rule": ("* * *", "· · · · ·", "~~~~~~"),
    "cookie-link": ("Cookie-Einstellungen ändern", "Privatsphäre-Center", "Manage cookies"),
    "top": ("⇡ Seitenanfang", "Nach oben ↑", "Top of page"),
}  # fmt: skip
