"""Lines of a made-up German article and another story's teaser, for page fragments."""

TITLE = "Stadtrat beschließt neue Straßenbahnlinie"
P1 = (
    "Der Stadtrat hat am Dienstag nach langer Debatte beschlossen, die Straßenbahn bis zum "
    "neuen Stadtteil im Westen zu verlängern. Der Bau soll im kommenden Frühjahr beginnen."
)
P2 = (
    "Die Kosten werden auf 120 Millionen Euro geschätzt. Bund und Land wollen den größten "
    "Teil davon übernehmen, die Stadt trägt den Rest aus ihrem Haushalt."
)
P3 = (
    "Anwohner hatten gegen die Pläne protestiert, weil sie Lärm und Baustellen fürchten. Die "
    "Verwaltung sagte zu, die Arbeiten in Abschnitten zu erledigen."
)
H1 = "Bahnstreik legt den Verkehr im ganzen Land lahm"
H2 = "Neue Regeln für Mieter ab Januar"
L2 = "Wer zur Miete wohnt, muss sich im kommenden Jahr auf einige Änderungen bei den"
