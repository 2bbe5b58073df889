"""Wordings of the twenty-fifth held-out pair of page layouts (bench/layouts.py, "held-out-25").

Written before the cleaner of version 20 was changed, and never used for training or
tuning it: the cleaner's figures on it are reported apart (README.md). Its wordings,
separators and marker styles are in no other set's file; its own layout variants (all
around the article's title) are in bench/layout_heldout25.py, their wordings in
HELD_OUT_25_PARTS.
"""

from __future__ import annotations

from layout_words import Words

HELD_OUT_25 = Words(
    site_names=(
        "Rhönblick Rundschreiben", "Elbsandstein Eilbote", "Kinzigtal Kurier Digital",
        "Uckermark Uhrwerk", "Thornby Marsh Courier", "Spessart Spiegelung",
        "Wendland Wetterhahn", "Lahnufer Lautsprecher", "Pellworm Pegel", "Ostalb Orakel",
        "Kestrel Ridge Dispatch", "Selketal Sprachrohr",
    ),
    consent=(
        "Reichweitenmessung startet erst mit Ihrem Okay ⟡ widerrufbar im Fußbereich.",
        "Audience tallies begin once you nod ⟡ undo anytime.",
        "Drittanbieter lesen Browsermerkmale ⦿ Entscheidung bleibt bei Ihnen.",
        "Partner pixels hold until you decide.",
    ),
    consent_buttons=(
        "Geht klar ⟡", "Lieber nicht ⦿", "Feinjustieren ⸬", "Sounds fine",
        "Essentials alone", "Ohne Tracking lesen ⟡ 2,90 € monatlich", "Wahl merken ⦿",
    ),
    sections=(
        "Gemeinderat", "Feuerwehrchronik", "Kreisklasse", "Schützenwesen", "Kitaplätze",
        "Radwegenetz", "Erntedank", "Mill pond", "Ferry timetable", "Dorfladen",
        "Mundart", "Klostergarten", "Sperrmüll", "Kirmes",
    ),
    crumb_separators=(" ⟢ ", " ⸬ ", " ⦿ ", " ⟣ "),
    menus=(
        "⟡ Startseite ⸬ Stichwortliste ⸬ Abodienst",
        "Jetzt ⟢ Gemeinden ⟢ Breitensport ⟢ Termine ⟢ Kleinanzeigen",
        "Hamlets ⟢ Letters ⟢ Notices board ⟢ Swap shop",
        "Frisch ⟣ Kreisgebiet ⟣ Leserfotos ⟣ Immobilien",
    ),
    footer_headings=(
        "Gleichfalls lesenswert", "Druckfrisch hereingekommen", "Sonntagslektüre",
        "Nachbarschaftsnotizen", "Amtsbezirk kompakt", "Artverwandte Texte",
        "Soeben online gegangen", "Häufig aufgerufen", "Marsh roundup", "Ferry chatter",
        "Recently along the ridge", "Ergänzende Beiträge", "Landauf gesammelt",
        "Fundus früherer Jahrgänge",
    ),
    list_headings=("Neun Randnotizen", "Rückspiegel", "Noted by noon", "Kramkiste"),
    heading_forms=("⟡ {} ⟡", "⦿{}⦿", "⟢⟢ {}", "⟦{}⟧", "⸬⸬ {} ⸬⸬", "{} ⟣⟣"),
    markers=(
        " ⟡ ganzer Beitrag", " [ausklappen ⦿]", " ⟢ fertig lesen", " ⟴",
        " ⸬ enthüllen", " … übrige Absätze", " (vollständig)", " Keep going ⟡",
        " ⟣⟣", " – restlichen Text", " [whole piece]",
    ),
    ellipses=(" ⟡⟡", " [⟢]", " …⦿", " ⸬⸬"),
    inline_forms=(
        "Anschließend lohnend ⟡ {}", "Hintergrund ⦿ {}", "Nebenschauplatz ⟢ {}",
        "Ausgegraben: {}", "Sidebar ⟡ {}", "Früher erschienen: {}",
        "⟣⟣ {}", "Eventuell spannend ⦿ {}",
    ),
    share=(
        "Weitersagen ⟡ Mastodon ⸬ Bluesky", "Kurzlink kopieren ⟢",
        "Threema ⸬ Signal ⸬ Matrix", "Hand along ⟡ neighbour",
        "Geschenkartikel versenden ⟡", "Leseliste füllen ⦿",
    ),
    newsletter=(
        "Morgenpost ⟡ werktags um sechs, kostenfrei im Postfach.",
        "Wochenendbrief abonnieren ⸬ samstags, ohne Kosten.",
        "Sign up: marsh digest, arrives Mondays.",
        "Quartalsheft anfordern ⟡ E-Mail eintragen",
    ),
    ads=("⟡ Werbung ausblenden", "⦿ Sponsored space ⦿", "Anzeigenkunden finanzieren uns mit",
         "⟦⟦ Werbeplatz", "Kommerzieller Inhalt ⦿ Partner"),
    comments=("{n} Zuschriften", "Forum ({n})",
              "{n} replies so far", "Beiträge im Forum: {n}"),
    copyright=(
        "Alle Nutzungsrechte {site} ({year}). Kopieren untersagt",
        "{site} ⸬ geschützt ⸬ {year}",
        "{site} © {year} ⦿ Weiterverbreitung genehmigungspflichtig",
    ),
    legal=(
        "Barrierearm ⦿ Privatsphäre ⦿ Nutzungsregeln ⦿ Kontaktstelle",
        "Tarife ⸬ Kündigen ⸬ Supportseiten",
        "Corrections ⦿ Who we are ⦿ Trainee desk",
        "Leitlinien ⟢ Beschwerdestelle ⟢ Lesertelefon",
    ),
    credits=(
        "Foto ⟢ {agency}", "Bild ⟡ {agency}",
        "Shot by {name} ⦿ {agency}", "Fotografiert von {name}",
        "Grafik ⟢ {agency}",
    ),
    agencies=("Bilddienst Rhön", "Fotohaus Kinzig", "Pressebild Abernathy",
              "Luftbild Uckermark", "Archivfoto Selketal", "Thornby Camera Guild"),
    caption_texts=(
        "Frisch gepflasterter Marktplatz im Abendlicht", "Blaskapelle zieht zum Festzelt",
        "Freiwillige füllen Sandsäcke am Ufer",
        "Restaurierter Dorfbrunnen läuft wieder",
        "Drittklässler pflanzen Linden am Pausenhof", "Ortsvorsteherin Nakamura eröffnet Bolzplatz",
    ),
    bylines=("Verfasst ⦿ {name} ⦿ {date}", "{date} ⸬ berichtet {name}",
             "Filed ridgeside: {name}"),
    kickers=(
        "Nachgerechnet", "Durchleuchtet", "Zeitreise", "Vor Ort", "Faktenprüfung",
        "Einordnung",
    ),
    list_bullets=("⑻ ", "⟡ ", "⦿ "),
)  # fmt: skip

# Wordings of the layout variants only held-out-25 has (bench/layout_heldout25.py).
HELD_OUT_25_PARTS: dict[str, tuple[str, ...]] = {
    # The title framed by rules of box-drawing characters above and below it.
    "boxed": (
        "╔{rule}╗|║ {title} ║|╚{rule}╝",
        "┌{rule}┐|│ {title} │|└{rule}┘",
        "{rule}|{title}|{rule}",
    ),
    # The rule's character for the boxed title.
    "rule": ("═", "─", "≡"),
    # The title inside the heading markup of a wiki, of HTML or of bold Markdown.
    "heading-markup": (
        "== {title} ==",
        "<h1 class=\"headline\">{title}</h1>",
        "**{title}**",
    ),
    # The title followed by a leader of dots and a page number or a time.
    "leader": (
        "{title} ........ S. {n}",
        "{title} · · · · · {hh:02d}:{mm:02d}",
        "{title} ____ {d}.{m}.",
    ),
    # The author's name beside the title behind a wide gap.
    "side-byline": (
        "{title}      Von {name}",
        "{title}\t\t{name}, {d:02d}.{m:02d}.{y}",
        "{title}   ⸬   {name}",
    ),
    # Lines pointing to the previous and the next article by their headlines, over and
    # under the title.
    "prev": ("← Vorheriger Beitrag: {title}", "⟵ {title}", "Zurück zu: {title}"),
    "next": ("Nächster Beitrag: {title} →", "{title} ⟶", "Weiter mit: {title}"),
    # A line at the page's top naming the title being read.
    "reading-bar": (
        "Sie lesen gerade: {title}", "Jetzt geöffnet ⟡ {title}", "Reading now – {title}",
    ),
    # The title cut short as a browser tab shows it, with the site's name.
    "tab": ("{cut}… – {site}", "{site} | {cut}…", "{cut}... ⦿ {site}"),
    # Hashtags right over the title.
    "hashtags": ("#{a} #{b}", "Tags: #{a} · #{b}", "#{a} #{b} #{c}"),
    # The lead picture's markup with the title as its text, under the title.
    "image-alt": (
        "![{title}](/bilder/{k}.jpg)", "[Bild: {title}]",
        "<img alt=\"{title}\" src=\"/img/{k}.webp\">",
    ),
    # Key points of the article under the title: a label and two of its sentences.
    "key-points": (
        "Das Wichtigste in Kürze|• {a}|• {b}", "Auf einen Blick ⟡|– {a}|– {b}",
        "Key facts|> {a}|> {b}",
    ),
}  # fmt: skip
