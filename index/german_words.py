"""German words that other languages written in Latin letters hardly use.

The German fast path of index.language counts them in short texts. Generated from
wordfreq (pinned in pyproject.toml) by running this module:
`.venv/bin/python -m index.german_words > index/german_words.py` keeps what it prints:
of German's TOP most frequent words, those of three letters or more whose Zipf frequency
stays below MAX_ZIPF in each of OTHERS.
"""

from __future__ import annotations

TOP = 25000
MAX_ZIPF = 2.5
OTHERS = "en nl da nb sv is fr es it pt ca ro pl cs sk sl sh tr fi hu lt lv id ms fil".split()

WORDS = frozenset(
    """
einem schon ihr jetzt wurde keine sehr können muss gibt ihre dieser gegen geht
machen einfach beim etwas zwei seit selbst kommt nichts würde ihn jahren seiner
viele zwischen jahre wäre diesem dieses wurden dabei müssen gerade sondern erst
ersten ihrer sollte warum weiter wirklich ihnen ihren wohl vielleicht dazu euch
hätte könnte sehen dafür steht während bereits einmal gehen gemacht genau konnte
leute neuen seinem unsere etwa natürlich geben werde gleich keinen allem davon
eigentlich richtig arbeit frage sieht zurück deine jedoch grossen welche zusammen
einige kannst sicher ihrem darauf letzten meinen sogar zwar allerdings schnell darf
jemand später wollte ganze möchte seite weitere wenig heisst fragen neben gehört
lässt besonders nehmen darüber gesagt meinem sonst bekommen bzw gesehen spielen
weniger sollten arbeiten bleibt möglich weit deshalb gewesen glaube polizei
ausserdem findet musste unternehmen woche würden bleiben daher beispiel genug allein
dessen schule solche zeigt abend ebenfalls eher wasser erhalten lieber nachdem
sofort zweiten bringen danach deutlich kopf männer nächsten unserer damals endlich
fünf gefunden schwer wichtig zeigen anfang gegenüber oben bekannt bisher eltern
hätten wochen augen braucht denke meisten schreiben trotzdem bestimmt folge glück
hilfe leicht mehrere scheint zunächst bisschen fand regierung richtung schliesslich
stellt dinge dürfen früher prozent spass bereich besteht bringt mädchen zukunft
darum eigene fahren jedes keiner neues passiert bevor gegeben manchmal einzige
entwicklung folgen freunde führt helfen könnten obwohl sehe suchen weiteren ziemlich
dadurch erfolg hause krieg läuft verstehen wieso aufgrund brauchen innerhalb
insgesamt konnten nimmt stimmt völlig zudem ausser gekommen gern gestern irgendwie
kirche meist märz seines trotz vergessen verschiedenen vorbei zahlen anderes dagegen
deinen ebenso führen kaufen lernen meinung partei seiten willst wobei zweite hält
jungen schlecht sechs spiele spielt sprechen dachte glauben mitte scheisse sowohl
wahrscheinlich deiner einigen insbesondere raum spricht tatsächlich anderem bekommt
erreicht gemeinsam nämlich setzen versucht bedeutet einsatz gleichzeitig habt hören
ihres möglichkeit rahmen sachen stück welches genommen hoffe höhe liess nächste
stunde tochter unseren wohnung wären zehn mitarbeiter sprache zumindest übrigens
fehler langsam mindestens musst selber sicherheit spieler drauf erklärt erster
gefühl gleichen laufen medien verschiedene weiterhin ziehen überall antwort dennoch
dezember gesicht guter monate seien somit tragen vergleich versuchen entscheidung
gedanken gehören gemeinde gutes jahres jeweils nutzen siehe sucht vorher welcher
bereit deinem falsch fertig häufig lösung reihe stimme erreichen frankreich heraus
nochmal opfer passt plötzlich richtige seid setzt warten wirtschaft anderer
bevölkerung geschrieben gewinnen hohen kreis körper länger mitglieder nachrichten
verein verwendet zeiten ausbildung beginn beispielsweise deswegen ergebnis freundin
gestellt grünen kenne kindern mittlerweile monat offen politische solchen teilweise
unserem bedeutung europäischen folgenden gefallen hälfte programm reicht schüler
selten sieben sowas unbedingt unterwegs verbindung wenigstens zuvor ahnung bürger
erfahrung erklären erzählt funktioniert grösste hohe indem mache monaten nahm
politischen präsident zuerst alleine druck entfernt fehlt genauso grössten lediglich
schauen soweit stimmen wochenende beginnt bietet dran durchaus erwartet gehe
inzwischen müsste niemals schritt staaten unterstützung verfügung verlassen wenige
wirst wählen angebot blieb einzelnen erneut gefahr gefällt genannt hilft wahrheit
worte wusste öffentlichen klingt mannschaft ordnung samstag satz teilen themen
vermutlich ändern aufgabe bezeichnet entweder entwickelt freuen geh gewählt lehrer
scheiss schluss teile verstehe veröffentlicht wollten ähnlich beitrag entscheiden
freitag früh gebäude gesetz gleiche jedenfalls ländern nahe nennen zieht zug
bewegung erde erfahren ergebnisse flüchtlinge folgt gehabt gespielt gewalt gründen
sitzen universität verhalten verstanden besuch bildung darunter dürfte englisch
gefragt glücklich irgendwann leuten offenbar ruhe schreibt begriff drin erwarten
fenster freien freiheit jemanden lebens lebt meines mussten nennt schönen stolz
verfahren verkauft versuche vorstellen zahlreiche zeichen zuletzt arbeitet auswahl
derzeit erfolgreich freude interessiert jungs leistung lieben meinte montag
regelmässig stellte trifft versuch vertrag wichtige zusammenhang angaben arzt
befindet daraus erstmals gegangen schneller sicht zeitpunkt anzahl entsprechend
erstmal geführt glaub grösse heutigen hintergrund immerhin mehreren sobald trägt
unterstützt wenigen arsch ausserhalb bestehen folgende gelesen gesamte gezeigt
grenze kaffee könnt mittel richtigen schutz unterschied verkaufen zusätzlich
anschliessend benutzt bücher freie heissen kollegen mitglied urlaub verletzt weisst
welchen werbung betrieb brachte draussen einfluss erfahrungen erwähnt fällen fühlen
führte fürs gebiet irgendwas jahrhundert kleines massnahmen möglichst persönlich
schlafen teilnehmer tief verbunden willkommen aktuellen antworten bauen besondere
deutschlands erinnert geschafft glaubt herzen hoffnung sitzt spät sterben stets usw
abschluss aufgenommen begann beschäftigt dahin gelten gesamten gespräch gesucht
irgendwo meinst möglichkeiten nachricht nötig parteien qualität schulen täglich
verlieren wahr anteil aufgaben ausschliesslich beziehung froh genutzt gesetzt hielt
hinten inhalt kontrolle leisten möchten rücken sozialen vergangenheit vertrauen
wirkt zustand aussehen bewusst entschieden fehlen fährt gehalten gestorben grössere
könne künstler miteinander passieren schlimm setzte soziale türkei umgebung
verantwortlich weltweit wünsche zufrieden zusammenarbeit berichtet geburtstag
gegensatz gekauft grundsätzlich machst netz prozess schwester sprach vertreten
vorhanden wünschen zuhause bezahlen brauche dumm eindruck enthält entstehen feiern
feuer fühlt gefahren geschehen hingegen preise ruhig szene trinken unterstützen
verhindern weissen wiederum zugleich zählt allgemein bestimmte bestimmten demokratie
eingesetzt entdeckt erinnern erstes flughafen freut gebaut grün jährige kostenlos
krankenhaus schützen verkehr wichtiger wirken allgemeinen anspruch auftrag ausland
behandlung bestätigt böse diesmal dorf einzelne erfolgt erhält erscheint findest
gelernt gesprochen grösser herbst hoffentlich konzept kämpfen notwendig näher
reichen spitze strassen verantwortung weiteres wesentlich wunsch aussen beiträge
bekannten bessere bürgermeister ehemaligen erlaubt führung garten gegner gründe
gäste jahrhunderts leitung mehrheit offensichtlich schliessen solltest unglaublich
vorne wohnen befinden bezahlt bezug entstanden fernsehen geschlossen neun schwarzen
traum verwendung werte wirkung zeigte öffentlich anlage ausgabe beträgt enthalten
erzählen fahrt freunden gewissen herum höher kauf landkreis leistungen nehme urteil
veranstaltungen versteht vertreter verwaltung verändert zahlreichen öffentliche
übernehmen angriff einiges europäische forschung fälle grundlage grösseren letzter
mögen polizisten schafft schicken schrieb seele selben treten unfall ungefähr wollt
abends abgeschlossen ausstellung entgegen erklärung frieden gelegenheit geschäft
hauptsächlich hinzu milliarden mittwoch möglicherweise schwierig strecke städte
wichtigsten öffentlichkeit angeboten ansehen aussage besonderen dauert eigenes
einzigen erhielt fahrer französischen genannten gesundheit schlechte
selbstverständlich sendung sicherlich vollkommen weiterer welchem wissenschaft
wunder überzeugt bedarf bedingungen benutzen besuchen ecke einführung empfehlen
eröffnet hoffen küche schaut schlimmer seitdem sogenannten spielte starken unmöglich
verdammt vergangenen vollständig wär zerstört anfangen bekannte beruf besitzt
entspricht fleisch fliegen gearbeitet halb laufe leichter offiziell quellen schweden
starb steckt technischen unabhängig verhältnis zweifel donnerstag durchgeführt ebene
entsprechenden erinnerung erleben erlebt euer falsche fordert gemeint geschichten
gottes hinweis höhere jeweiligen männern müssten schlagen siehst steigt
veranstaltung vieles amerikanischen aufmerksamkeit breite bundesregierung dienstag
entlang entsprechende früheren fühle gegend historischen holz keinem kriegen kurzen
meistens runter russischen sodass sprachen stimmung tatsache teils trat traurig
täter unseres wein woher zuschauer zweck überrascht angenommen besucher darstellung
entsteht entwickeln gewinn geändert gibts lasst legte letztes prinzip prüfung
schwere schöner tätigkeit umwelt ursprünglich verwenden vorstellung vorteil
weihnachten wem würdest zählen öffnen übernommen abgesehen abstand angeblich
ansonsten antrag anwendung behalten bislang ehemalige frühen geblieben gemeinsamen
haare mehrfach nächstes persönliche schuhe schönes steuern wichtigen zwölf
andererseits aufnahme auftritt aussagen behörden beteiligt brücke erfüllt ergibt
freue förderung gelegt gemeinden gemeinsame geniessen geschaffen geschickt getötet
hierbei hiess jährigen konzert möglichen nachbarn politisch rechnung sammlung
städten umgang verkauf verständnis werfen weshalb angefangen beschreibung daneben
eingestellt entscheidungen gebraucht gefährlich gerät gewisse heisse hängen höre
manchen modernen realität sogenannte stattdessen tipps verboten witz zugang zweimal
übrig betrachtet beziehungen brauchst eigener eindeutig einrichtung erhöht
erscheinen falschen gegenteil gemäss gewinnt jugendliche jährlich kommenden kommst
krankheit nutzer nutzung pflanzen schlägt sitz stehe tätig unterschiedliche verlauf
verpflichtet wechsel übrigen ansicht aufbau beendet beine beispiele beschrieben
betrifft durfte frisch fuhr gelassen informiert lohnt nahezu offenen persönlichen
präsidenten sorgt staffel stammt unterschiedlichen untersuchung verliert versuchte
worten württemberg übertragen angebote anhänger anlass bekomme besonderes
dargestellt demnach einfache einheit englischen ergeben erklärte hersteller händen
häuser jemals kaputt mittels präsentiert rechnen schliesst schweren süden teuer
unmittelbar unterricht verfolgt vorschlag wahre weist widerstand zentrale ärzte
äusserst abteilung anzeige ausnahme aussieht bester betroffenen bisherigen einiger
fläche fordern gegründet gestalten gesund gewann hauptstadt hoher höchsten jene
liest medizin mögliche müsse nachmittag pflicht ruft singen zeugen zweiter
anscheinend autoren beweis breit einfacher endet ersetzt ganzes gefühle gesetze
grossartig höchste lautet liebt mühe niemanden schauspieler scheinen spätestens
stecken verbreitet vermeiden voraus wahlen wartet wettbewerb ältere älteren
österreichischen auflösung ausgezeichnet besitz besseren betrieben dasselbe einst
einstellung fahrzeuge flucht griechenland höheren kümmern maschine schlechter
teilnahme wohnungen womit ähnliche überlegen übersetzung überzeugen angesichts
ausdruck besitzen bestellt bewegt beweisen bewohner debatte drehen ehre eingeladen
einrichtungen erschienen geschmack hinweise hundert kriegt letztlich liefern liessen
moskau möchtest oberen ohnehin pläne schmerzen schwanz schwierigkeiten solcher
standort trug vorgestellt vorsitzender wichtigste witzig worauf wähler zumal achtung
amerikanische anstatt aufhören aufmerksam auftreten ausgeschlossen bedeuten
begeistert besucht daraufhin entstand erforderlich ewig fahrzeug frag geeignet
gemeinschaft halben hergestellt inneren kochen nahmen rufen schlaf schnitt silber
unterscheiden verteilt wechseln zufällig ändert abhängig angekommen anwalt aufnehmen
auswirkungen behauptet beobachtet brüder eigenschaften erstellt französische
funktionieren getrennt haltung jugendlichen kommentare kurzer milch normalerweise
speziell strafe vaters verheiratet verlust verpasst versehen verzichten webseite
zeitraum zustimmung zusätzliche öfter abschnitt alltag anfangs angesehen auflage
ausreichend beobachten beschreibt betroffen diejenigen einwohner erfolgen ernsthaft
erschien festgestellt frühstück gaben geburt gespannt hauses hierzu kreuz müde
planung schicksal spuren sämtliche tiefe unternehmer verbrechen verurteilt
veränderungen vielmehr vorbereitet wohin wolle änderung übersicht arbeitgeber
aufgebaut begleitet beides benötigt besitzer beteiligten bundesrepublik diskutiert
ermöglicht fakten feuerwehr folgte geschlagen geöffnet hochschule katze kriege
kritisiert kräfte lösungen maschinen nachfolger nutzt offene pfarrer pflege rückkehr
schwerer sieger sinnvoll sofern soviel tausend umfeld vergeben weltkrieg anhand
arbeiter beschlossen botschaft bundeswehr einerseits erfüllen erinnerungen erkannt
euren fahrrad ficken gelände geschwindigkeit getragen gucken herkunft hochzeit hrsg
hättest informieren kuchen lächeln produziert scheinbar stellung umfasst verbessern
vereins verlor wächst anlagen augenblick ausgaben blieben brauch erkennt frühjahr
geholfen genauer genügend hinein lieb nationalen niederlage ohren papst prüfen rief
sammeln schlechten schlug schmeckt schritte sitze verbot verfolgen verhandlungen
verändern vorstand vortrag absicht aufgestellt aufklärung begründung behaupten
bezeichnen bezeichnung bezieht bezüglich bildern blöd eingeführt eintritt
ermöglichen existiert fahre flugzeug gefängnis gehörte gelb grossbritannien inhalte
keinerlei kirchen klassischen kleidung königin könntest landschaft lehre liebsten
lkw mannes menschheit ordentlich plätze sichern solle unteren unterschiede
verfassung verschwinden viertel vorbereitung wach wachsen wirft wunderbar zufall
aktivitäten bereichen bescheid besetzt bestätigen bezirk dahinter dauern drüber
drücken einfachen entscheidet enttäuscht erfolge gelaufen greifen hölle
interessieren kannte kennst landwirtschaft lebe leise lügen mitgliedern
niedersachsen nimm schnee sichtbar späteren umsetzung umso umständen untersuchungen
vorteile weisen weitgehend wissenschaftliche zunehmend anbieten anschauen arbeite
bayerischen beantworten betrug dankbar denkst doppelt dreht drittel einzig erhöhen
fluss freundlich freundschaft geschäfte gestaltung gezwungen gäbe günstig
herstellung heutige häufiger innere irgendwelche jahrzehnten junger klappt lauter
nachfrage prinz sahen solch stärke tausende untersucht verfügt vergleichen vermögen
verursacht voraussetzungen vorgehen vorsichtig wodurch zuständig überraschung
anbieter anforderungen anfrage angegeben ausdrücklich behandeln besseres blumen
dicke eingerichtet forderung forderungen fremden fängt füsse gegenwart gehirn
gelöscht geräte geschieht gesperrt grossteil gründung handlung herzlich konkurrenz
kölner mauer nachdenken nieder nochmals offiziellen pferd reagiert scharf schlag
schnelle schwach schweigen stirbt stücke treiben turnier töten unternehmens
unterschiedlich vereine vieler vorbild wahren warst weile wesentlichen
wissenschaftler wissenschaftlichen zuge züge abenteuer bauern beinahe deutsches
ereignisse erledigt ermittelt fassen fähigkeiten gebildet gegenseitig gegessen
gelingt geraten gestaltet greift identität jederzeit katholischen kerl langweilig
liefert mannschaften netzwerk organisiert reagieren schien schlüssel schuss
schönheit spenden staatlichen steuer thüringen unterhaltung verbringen wofür wohnt
älter überblick übernimmt überwiegend anerkennung ansatz ausbau beamten berichte
bestehenden betrachten beziehen bäume damaligen einschliesslich erwachsene flasche
gedanke gehts gelangen geschlecht hinterher hörte leichte mischung mittelpunkt müll
münchner offizielle pferde positiven rassismus reduziert sitzung süsse türkischen
unterhalten vereinigten verfügbar verstärkt wachstum waffe wirtschaftliche
wirtschaftlichen übel absatz atmosphäre ausgesprochen bekommst beschäftigen
bibliothek brust darstellen diskutieren dritter eingang erhoben ernährung erweitert
freiwillig fördern garantiert geprägt gewohnt glaubst kooperation lächerlich
mittleren nachher nannte räume sänger tanzen tode türen umfrage verbindungen
versprechen vorstellungen wirklichkeit zahlt zufolge allzu annehmen ausgehen bestes
bezogen droht einladung endgültig englische finanzierung gefühlt gelungen
gerechtigkeit herrscht jener jähriger kapitän katzen klassische klicken rauchen
regelung staatliche teufel umgehen umgesetzt vermisst vorgesehen vorsicht wiederholt
übersetzt abgelehnt akzeptieren angebracht aufstieg aufwand auseinander beenden
bestimmen bösen darfst einsetzen entwurf erfasst erwischt französisch freizeit
gehalt gelöst gespräche gewinner innenstadt jemandem konsequenzen löschen magst
mehrmals nordrhein schreibe schwerpunkt schwimmen spüren verbesserung verschiedener
versicherung versorgung veröffentlichung westlichen zwecke änderungen
österreichische övp übergeben überlassen üblich üblichen abgeordneten angeht
arbeitete aussicht bauch beziehungsweise bleibe breiten einziger entfernung
entlassen erheblich erinnere ersetzen eröffnung freier fremde geheimnis geholt
gemeldet gesammelt guck göttingen hauptsache heutzutage hinsicht hinweg höchstens
insofern kohle künftig längere menschlichen müsst oberfläche rechtzeitig rheinland
schickt schmerz schäden schätzen schönsten stattfinden stärken tanz tatort umgekehrt
verrückt verteidigung wisst ärger überraschend angegriffen angelegt beliebt beratung
berücksichtigt beteiligung braunschweig britischen decke eigentliche einkommen
entfernen entwickelte erfolgte erreichte existenz feiert forscher gefolgt
gelegentlich geschäftsführer gestartet glückwunsch hafen kauft lernt magdeburg
rezept schiessen spannung trennung träume verbessert verbreitung verliebt
veränderung wahnsinn wünscht abgeben arschloch bedroht berufen betreiben bewertung
bischof blauen britische definiert deines ergänzt erlauben erweiterung existieren
feind flügel franzosen gebrauch gefordert gehst genaue geringer haufen haushalt
herrschaft hierfür jüdischen kindheit leidenschaft miete mitarbeitern nackt ohr
peinlich politischer rathaus richtet schriftsteller sprecher tiefer tolles verbindet
verschwunden verteidigen vorkommen vorschläge wörter zitat öffnet überleben überlegt
überprüfen aufnahmen ausgestattet befand bereiche demnächst durchs dürften
erfolgreiche fernseher fisch gebiete gefördert grossem herausforderung justiz
laufenden lebensmittel menschliche oftmals präsentieren schätze siegen sozial
staates träger tränen unrecht voran wahlkampf werdet wählt üben angesprochen
angezeigt arbeitnehmer architektur auseinandersetzung ausgerechnet ausgesetzt
begründet beschreiben bundes darstellt demokratischen einkaufen einstellen
erwachsenen erzeugt erzielt feinde feststellen flächen frühere führten gedreht
gefeiert gemüse gerettet gewinne gewusst hinsichtlich hitze händler italienischen
kenn krieges käse lebte physik profitieren reifen riesen salz schiffe trennen
umsonst vorgenommen weite wieviel wovon würd zentralen ähnlichen österreicher
übernahme anlässlich annahme anzeigen aufgefallen aufgehoben ausländer befehl
behörde berater betrag betriebe durchschnitt ehefrau eigentlichen einander einziges
entdecken entscheidend erfolgreichen erstaunlich eurer finanzielle gerufen gesichert
gipfel grüsse jüngeren königs lecker löwen mathematik mitnehmen natürliche neubau
pfalz prinzessin probieren quatsch reihen römischen schwarzer seht spezielle
teilnehmen unterlagen ursprünglichen vereinigung verletzung verlässt weinen
zeitungen zweier zähne ausgeführt ausstattung beeinflusst begrenzt beschluss
bestandteil bestehende beweise brechen bricht ehren empfangen entstehung erlangen
evangelischen gebieten gefangen gerechnet gesellschaftlichen geworfen halbfinale
kenntnis klären kollege konferenz konzentrieren kürzlich mitteln mädels polizist
seitens solches szenen teilt treibt türken verantwortlichen verständlich vordergrund
vögel wahrscheinlichkeit weltmeister zweites angekündigt angewiesen austausch
bedingt beschränkt blaue einheiten einnahmen erhielten erhältlich errichtet erzählte
fassung fliegt frische füssen geschenkt geschützt hübsch investieren irgend
jahrzehnte jenseits kleid küste landtag lädt natürlichen provinz räumen schneiden
schülern seltsam sprich traditionellen trocken unsinn unterscheidet verlängert
versteckt versteh vorlage vorschriften wünschte äussern ablauf abschied anrufen
ansichten begleiten beraten bereitet bewertet bewusstsein buchstaben christlichen
dreimal eigentum erwartungen finanziellen finanziert flüchtlingen geboten geleistet
geliefert geringen geschlafen griechischen hiermit hunderte kontrolliert krankheiten
mittag parkplatz riesige riesigen schlacht späten tourismus türkische unbekannt
verhältnisse vermitteln vermittelt versetzt vielfalt voraussetzung wichtiges
widerspruch wussten zeigten zerstören zugänglich affäre anerkannt angehörigen
angenehm angriffe aufgegeben beachten befreit besonderer bestens briefe daheim dreck
dunklen durchführung einig entschuldigung erfährt erzielte festgelegt fühlte geprüft
gewünscht goldene grundstück gutem hinterlassen isst kindes knochen kontrollieren
kriterien kämpfe laune leitet medizinische mittelalter neuem qualifikation
rechtlichen reiche schlechtes schulter speziellen streifen stuhl vertraut verträge
vorhandenen vorwurf weibliche wonach wurzeln wüsste zinsen übers abstimmung anruf
beantwortet begriffe brach brauchte decken derart dorthin einverstanden entspannt
ermittlungen erzielen folgendes gefasst gelebt genossen geschah geschenke
grundschule immobilien meldung muslime nebenbei schaue scheitern spieltag spreche
sätze träumen verordnung versprochen wirkte woran wunderschön ähnliches übernahm
abkommen aufgeben ausführung chinesischen dauerhaft dieselbe durchschnittlich
ehemann eingehen empfang entsprechen erkennbar erstellen fähigkeit genannte ggf
heiraten hohem höhepunkt katastrophe kette langem langfristig leere medikamente
meldet mitmachen reichlich richtiger schief sichere sonstige städtischen tiefen
umsatz verhaftet versammlung vorsitzende wärme zeichnen zitiert überwachung altstadt
ansprüche beeinflussen belastung berührt besorgt betreibt bewiesen bleib derselben
durchmesser durchsetzen eigentümer erhöhung erkenntnis erziehung frühling gefährdet
gemessen geredet gezielt hattest herzlichen hilfreich höchst inseln integriert
investiert katholische kämpfer kämpft kümmert letztendlich lohn lüge meinungen
mieten möge nahen prozesse risiken soeben staatsanwaltschaft starker stellten stören
umstände untersuchen ursachen wahrnehmung weichen werkstatt wiederholen zeige zunge
zurzeit ägypten abgegeben aufenthalt basiert begrüssen berechtigt betreuung blätter
börse büchern empfehlung empfiehlt empfohlen entwicklungen ereignis erfunden
erkenntnisse ermordet erworben evtl finanzen fünften gebühren genehmigung grösster
günstiger hielten jacke jahrelang lehrerin medizinischen meisterschaft märchen
pünktlich ressourcen restlichen schlicht schwestern spielten studieren söhne
tübingen verliess verzichtet vielzahl vorerst witze womöglich zugelassen zustande
abgeordnete angabe ankunft anmelden anschlag aufstehen ausgelöst ausnahmen
autofahrer bestimmungen betreiber bezeichnete derjenige deutliche entschied erzeugen
fazit fortsetzung gebrochen gehandelt geplanten gestiegen gestohlen getestet
goldenen handelte hurensohn intelligenz irre kalten kennenlernen lebenden
ministerpräsident mochte mütter nahrung nationalmannschaft niemandem nächster obst
packen rechtliche sieh sozusagen spanischen stehenden streiten tendenz trafen
verlängerung verstecken verteilen vorhaben vorhin weiten zugunsten zurecht
österreichs überprüft übersehen übertragung übung abitur akzeptiert anliegen
aufgeführt autorin begegnung bequem drückt durften dusche einschätzung erschossen
finanziell folgten gebunden geklärt geregelt gesang gesellschaftliche gesetzlichen
halbzeit hütte infolge investitionen italienische jahrgang jetzigen kostenlose käme
leichten leidet persönlichkeit produzieren reduzieren religiösen schauspielerin
schrecklich seither sicherer singt spruch stattfindet studiert störung teurer ufer
unklar unterhalb verletzungen verwirrt warf wirtschaftlich zentimeter
zusammengefasst ältesten angepasst aufbauen aufeinander aufgeregt ausgebildet
ausgleich auskunft auszeichnung beamte bearbeitet berufung botschafter christliche
dazwischen erfüllung erwähnen forderte fortschritt friedhof geleitet gitarre
irgendetwas jüdische kompliziert kugel kühlschrank mittlere mörder neulich
notwendigen olympischen opfern richtungen schlimmste sicheren suchte touristen
umgeben umzug ungewöhnlich verglichen vergnügen versorgt verstorbenen zeichnet
zerstörung zumeist örtlichen abnehmen abseits anstieg arabischen ausgang befreien
begangen beitragen bemüht berühmten beschädigt besetzung betreten bewegungen
chemnitz chinesische dauernd daumen dementsprechend demokratische distanz entwickler
erkrankung erlebnis erstens gedichte geplante geschossen gewachsen gleicher
grösstenteils hauptbahnhof jünger keineswegs konsequent kräftig materialien merkmale
motorrad männliche niederlande niedrigen norwegen phänomen religiöse schokolade
schreien schwieriger typischen unabhängigkeit unbekannte verbreiten verfügen
vermutet verteilung voneinander wandern waschen werten wette wohnzimmer wuppertal
zellen zusätzlichen angelegenheit angestellten anmeldung arbeitsplätze auffassung
aufzunehmen ausgegangen ausschuss begegnet bereiten berichtete beschwerden bewahren
einzeln entscheidende erhöhte erleichtert ermitteln ertragen etliche festgenommen
formuliert führenden führerschein gelandet gepostet gestanden gestört geteilt
getrunken gutachten güte helfer hinblick kulturellen kurzfristig massnahme
menschenrechte mitunter monats mächtig nachgewiesen neuesten niedriger notwendige
preisen radfahrer reichweite rücktritt schlafzimmer schnellen schönste sollst
soziales spanisch stadtteil symptome treppe turm unbekannten untergebracht
verbraucher verfolgung verluste verschwindet verwandten wenigsten wesentliche
woanders zugriff zuständigen zweitens ausgewählt aussenminister bearbeitung
bekannter beschäftigung bewerben bisherige bündnis dauerte digitalen
durchschnittliche engagiert ergab erkrankungen erwarte fehlende fresse gebrauchen
gegenstand gegenstände gehörten gelbe halbes handbuch haupt hinweisen hirn
irgendeine japanische kennengelernt konzentration konzerte köpfe liegenden längeren
mitteilung männlichen organisieren pfund profis rettung schiesst schlampe schoss
schreibtisch setzten sportler strich umbau universitäten verbracht vereinen
verpflichtung volkes vorwiegend vorwürfe wahnsinnig wahrgenommen warnt weiblichen
weisser weiterbildung zuviel zwingen äusserungen übergang überzeugung ablehnung
bayerische behauptung bekämpfen berechnet berichterstattung beschäftigte
beschäftigten bilanz bürgern doppel endete erfordert erheben erledigen erreichbar
fielen fische gefüllt gemälde gesichter hosen ignorieren irgendein kehrt leipziger
leiten mancher mieter notwendigkeit nunmehr paderborn rätsel schicht schmecken
seltener unendlich unglück unnötig unterschreiben verlaufen verpassen verwandelt
veröffentlichen vorgänger vorliegen wütend zugeben zwanzig angestellt anziehen
aufregung aufstellung ausprobieren bahnen bedrohung begegnen beinen beleidigt
benötigen bestätigung beute blödsinn eingeschränkt eintrag entschlossen erhebung
fing flaschen früchte füllen fürchten gefreut geklappt gewartet gewöhnt götter
herrlich individuellen installiert jüngere kfz kompetenz kreisen käufer leeren
mithilfe pleite regionalen reiches rüber saal scheibe schonmal schreib schützt
unsicher unterm verbieten verteidigt vorfeld vorsitzenden weitem wissenschaften
wände absoluten anzusehen aufpassen ausführlich ausgebaut ausgegeben ausländische
ausrüstung bestimmung betroffene beurteilen doppelte dortigen ehemaliger eingegangen
emotionen entschuldigen erteilt feine gemein gerichtet gesunde herausgegeben hierher
höhle jüngsten kanzler konzentriert konzern leiche mitgliedschaft monatlich
neugierig niedrig offener polnischen proben rechtsanwalt sagten schlau schock
schwanger schwul selbe spielern spätere trainieren trainiert tropfen vereinbarung
verletzte vermuten verschoben verstehst vllt wechselt zeuge älteste abendessen
abwarten angeschlossen arbeitsplatz ausländischen bedürfnisse begleitung beinhaltet
besuchte bevorzugt drehte dutzend einblick einzelfall entwickelten erfreut
erhebliche erläutert fahr fehlte festhalten fliesst genuss geriet geruch geschaut
geschätzt grossartige handlungen heimlich hingewiesen hohes häusern identifizieren
interessierte kanzlerin kaufe kennzeichen konservativen militärischen missbrauch
mittagessen musikalische nenne nervt obere präsentation rechner regelungen
regierungen reichte reife reihenfolge schrank sonstigen sozialer spiels steigern
stiess streichen treue täglichen untereinander vergleichsweise verkäufer verspricht
versuchten vorgaben vorgeschlagen wehren wenns wissenschaftlich wohne zelle
angemeldet angemessen ankommt anlegen aufgelöst aufgewachsen aufruf bedeckt
beeindruckt bewerten brücken denkbar dienstleistungen drinnen ebenen echtes ecken
eigenem empfänger fleissig freilich freiwillige fressen fuhren furchtbar gebt
gedächtnis geflogen gelangt geradezu gesetzlich gesunden gewährt gewöhnlich
hervorragend inhaber inhaltlich internationaler islamischen konstanz kranke kranken
kreise körperliche lieferung nachbar nachbarschaft nass nirgends pflanze problemlos
riecht schaffst schaffte schieben schlimmsten schläft solidarität sowjetunion
sozialismus spielzeug startete südlich teilte toleranz trauer umfangreiche
ursprüngliche vollständige vorbereiten warnung wiesen wundern wüste zeitweise
zusammenfassung äusseren angehörige angelegenheiten architekten begeisterung beruht
berücksichtigung berühmte beweist bewerbung biete damalige derartige derer einzelner
einzug erhalt erlaubnis eröffnen friedlich gefährliche geklaut gekostet gelben
gemütlich geniesst gescheitert gesetzes gesetzliche gesorgt getrieben handwerker
heut hochschulen ignoriert jenen kartoffeln kenntnisse kriegst lebendig liebes
lustige lärm mathe mehrerer militärische niederlanden nirgendwo nördlich nützlich
ofen orientierung praktischen rechtlich sicherung sinkt sklaven spanische spielzeit
stehst stellungnahme sängerin trauen tust unabhängige untere verfasst vergisst
verliehen verläuft vernünftig vertritt völker wunderbare zusammenhänge ähm öfters
überlebt absolviert anfragen anleitung anstelle aufhalten ausgelegt ausmass bargeld
bauarbeiten bemühungen berücksichtigen datenbank datenschutz durchführen einstieg
einsätze empfinden erfuhr errichtung erwachsen ethik frühe gekennzeichnet gelegenen
geliebt geschlossenen getreten gutschein klug kompletten kritischen leib letzteres
massgeblich mitleid motiviert nachhaltig nachteile nachweis nachweisen nachwuchs
nimmst oberhalb partien platten pressemitteilung realisiert registriert rentner
sanktionen schichten schlange schwein schwächen sinken stamm staub stossen südafrika
tagebuch taschen teppich umfassende unangenehm unterschiedlicher verabschiedet
verdienst vergleichbar vermissen verzweifelt veröffentlichte veröffentlichten
vorwärts wiedersehen zeichnungen zurückkehren abholen angeordnet angerufen
argentinien asylbewerber auflagen ausrichtung bauten beauftragt befasst begannen
begrüsst bekamen betrunken bezahlung bildete blasen bundesländern bäumen
digitalisierung dunkelheit engländer entscheidenden fieber finanzieren flach
flugzeuge fortschritte gattung gelingen genügt gesellschaften gesteckt gewerbe
gewerkschaften gewiss grössen herausforderungen herunter identifiziert immernoch
jegliche kuss kürze lebten lernte malerei nachträglich paradies pflegen rechnet
scherz schwert sehnsucht senken sorgte starben steigerung tätigkeiten unterbrochen
unterrichtet veranstalter veranstaltet verbundenen vermehrt vernunft versagt
versichert weine wuchs wundert wurst zahlung zulassen zustimmen ankommen anteile
antreten arbeitsmarkt aufgehört aufzubauen ausgerichtet bedeutende behinderung
beruhigt beschloss bgb billiger blöde brennen bundesweit bürgerkrieg christentum
disziplin dünn eingetragen einigermassen energiewende entdeckung erreichten erwerben
frankreichs freiwilligen frischen garnicht gebäudes gedauert getränke gewarnt
gewidmet ginge günstige güter hasst informatik irgendjemand kleider knast konsequenz
konzepte kälte königreich kündigung mitbekommen mitgenommen mittelmeer mitternacht
museen musikalischen neueste nutze nötigen osnabrück ostsee paare partnerschaft
preussischen rache schickte schwäche sohnes sparkasse starkes straftaten stufen
störungen stösst suchst südlichen transparenz umsetzen untergang unterschieden
vermisse verstärkung vielfach vorübergehend weitaus wärst zeig zentral ziehe
öffentlicher andern anordnung anstrengend antwortet becken bemühen benachbarten
beobachtung berechnung besorgen besserung bestellung bestätigte bildschirm eingebaut
eishockey feierte festgehalten fliehen fördert fünfte gastgeber gefangenen geglaubt
gehöre gemeinderat genauen geschnitten gewollt handys haushalte hintern häufigsten
japanischen langsamer leinwand lücke mauern meiste merkwürdig nachteil nehmt notfall
pariser persönlicher rückzug schreit schriftlich segen stehende taucht tauschen
töchter urkunde verdanken vereinbart versagen vertrieb verwendeten vorfall
vorhandene vorsprung vorträge warnen wiese zeitlich zustände überlegungen überwinden
abfahrt abgebrochen abwehr amtszeit angeben anhören annähernd anpassung anschliessen
anwesend anzunehmen atem auffällig aufstellen ausflug ausgeben auswertung begreifen
bekanntlich benannt beruflich beruflichen betreut buchen buches chinesen diebstahl
einheimischen einschränkungen empfehlungen entdeckte erscheinung erzählung fasst
ferne folgender freu gedrückt geistig gepäck gerüchte geschwister gewechselt gezahlt
gezählt geäussert grauen griechische grossvater hügel innenminister kreises
königlichen landgericht lerne letztere lizenz mindestlohn münzen nehm oberste ostern
probiert ruhestand rücksicht schaffe schwangerschaft schülerinnen sportliche
studierte stärksten technischer trinkt tsv verarbeitet vereint vermieter vermittlung
versorgen verursachen viertelfinale vorliegt werkzeug wertvolle wirkliche
wunderschöne zigaretten überschritten übliche übungen affen angeschaut anpassen
anwesenheit anzeichen arbeitslosigkeit ausdrücken ausgenommen beeindruckend
befreiung belohnung bundesland bunte effekte einfallen einleitung einschränkung
empfehle ergänzung errichten erweitern fehlenden fähig gestossen gnade gänzlich
jüngste klamotten kommentiert künstlerin landesregierung lehren ländlichen
marktplatz minderheit mitgeteilt mitteilen nächte oldenburg pflichten regelmässige
reissen saarland sanierung schein schuh schultern schwierige stadtrat stetig stirn
stuttgarter stürzen topf trugen tötet unfassbar unwahrscheinlich verfassungsschutz
verwandte vorjahr weltmeisterschaft wissens zettel zuschauern überaus überraschen
übertrieben abgenommen apotheke aufweisen ausführungen ausgedrückt ausmachen
begraben behindert besass bestehend besuche blockiert bruch denkmal
deutschsprachigen dokumentiert drohen einstellungen entspannen erfindung ergebnissen
erhebt erkannte europäischer ewigkeit fahrzeugen felsen flecken freundinnen fühl
grüssen gültig günstigen hinzugefügt hübsche jubiläum küssen löcher markiert
massiven meldungen nationalsozialismus nominiert nsu nördlichen orientiert passenden
politisches prüfungen schwache schwachen sechsten solltet staatsanwalt teilnehmern
thüringer unglücklich unterkunft verbrecher verhält verkaufe vermutung vernichtet
verschieben väter weich westliche zaun zeitalter zukommen zulässig zurückzuführen
zwingend zwischendurch abbau abhängigkeit abschaffung allmählich anbau angestellte
ausbruch auseinandersetzungen ausgeht begriffen beleuchtung benutzung berühmt
berühren besprochen beteiligen betragen bewerber blase blicke breiter dankeschön
demonstrieren deutlicher einbruch einzusetzen erdbeben ernannt faden fahne fliessen
flur gegeneinander geister gesungen gewählten glaubte gärten hessischen identisch
keinesfalls kärnten lehnt liebhaber mediziner mitbringen nachgedacht nachkommen
nummern offizier optionen passwort persönliches pressekonferenz rechtfertigen
richtete riesig scharfe schwierigen schwule sexuellen sinnlos sorgfältig spitzen
stabilität stattgefunden strafen tatsächlichen unverändert vergehen verhandlung
vorgelegt werben wirtschafts wolltest wäsche zelt zulassung zusammensetzung öffnung
abgesagt aktivität aktualisiert anfänger ansätze anwendungen apfel atmen aufführung
aufkommen aufrecht auftritte ausgestellt befanden begeben beherrschen beigetragen
bereitschaft betracht brüste bundesrat debüt dieselben durcheinander durchgesetzt
eingriff einwohnern eisenbahn europäer führe fürchte gerissen gestrichen gibst gruss
guckt herausgeber hofft interessanten italienisch jahrhunderte jänner kehrte
klimawandel knoten kritisieren körperlich körpers lebende lebensjahr messung
niedrige nötige passagiere plätzen polnische prinzipiell prinzipien qualifiziert
regelmässigen richtlinien schicke schrecken schreibst schwaben schwachsinn süssen
traurige trinke tschechien ueber umfassenden umgehend unabhängigen verletzen vermute
verschieden vertretern verweist vorfahren vorgang vormittag weitergehen wendet zieh
zielgruppe zugrunde abgestimmt abstieg abzug achte angehen anleger auftauchen
ausführliche ausstellungen auszug begründete bekämpfung belege beschweren besiegt
besprechen blüten brav bundestagswahl denselben dresdner erforderlichen erheblichen
erhöhten erwiesen erwähnte eröffnete fakultät fingern flüchtling formulierung
führende gebäuden gekämpft gleichermassen griechen grundgesetz herzustellen
hierzulande hässlich ichs integrieren irgendeiner journalismus kacke kilometern
kopfschmerzen kotzen kreativität könige künstliche ladung landrat lauten leichen
leistet mitgebracht nachvollziehen neuigkeiten palast persönlichkeiten rhythmus
römische schalten scheidung schienen schweine sportlich sätzen tatsachen techniker
tödlich töne unheimlich unterschrieben vereinten vergewaltigung vergleiche verkehrt
verweigert vollem vorab vorbereitungen vorkommt vorpommern worum zeitschriften
zuhören zusammengestellt übersetzer abgeholt absichtlich abwechslung amtsgericht
ansprechen aufgerufen aufl ausblick bedingung benutze berufliche beschwerde brötchen
bürgerlichen deutet dinger diskriminierung dreh durchbruch durchzuführen eigenschaft
eingenommen einnehmen elektrischen entschuldigt erinnerte fremd gemeinsames
gestattet globalen gründlich heizung hinteren hoffnungen jenem jeweilige jungfrau
jährlichen konfrontiert kurden künstlerischen kürzer laute leitete mailand mangels
meilen missbraucht männlich nichtmal richtiges sanft scheiterte schädel
sehenswürdigkeiten selbstmord spanier stellvertreter sturz unentschieden verbrannt
verbände verhandeln verrät verschiedensten verteidiger vollendet vorbehalten
weisheit widersprechen wissenschaftlicher äussere äussert östlichen überprüfung
absoluter ankündigung anwenden anzug asche aufgefordert auftakt ausfallen
ausgangspunkt befürchten bemerkenswert berufe betrachtung bienen braune dummen
dörfer eignen eingeleitet einkauf einsteigen erfolgreicher erhaltung erlebte
frühzeitig gefickt geistigen geliebten genehmigt gewannen gewerkschaft gewisser
glanz gottesdienst grundlegende grösserer grösseres hintergründe inmitten insekten
interpretiert irgendwer klauen kreuzung kriminalität künstlerische lebenslauf lehnte
meins meinungsfreiheit neckar nutzte organisierte phasen potenzial rechnungen
regiert regt reisst rückt seelen selbstständig sendungen sonnenschein sprüche
sternen ständigen teure theorien unterschrift verdächtigen vergewaltigt verlief
versand verschwand voraussichtlich vornehmen wandte weiterentwicklung widmen wunden
zukünftig zukünftige zukünftigen üblicherweise analysiert antrieb aufträge ausführen
bedeutete bedürfnis befördert beobachter beseitigen besetzten bildeten darzustellen
dummheit eingreifen einladen einzel entgehen erneuert erstreckt explizit fassade
forschungen fortgesetzt futter ganzer gedruckt geeignete geeigneten gefehlt geltend
gereicht haltestelle haustür hinauf historischer hubschrauber höhen juristische
kehren keines kleinsten massstab mutig mängel nebenan nürnberger oberbürgermeister
oberliga putzen rohr salzburger schlagzeilen schlimme seinerzeit sonntags spazieren
sprichst standorte steiermark substanz süsser tagsüber tägliche umfangreichen
umfragen umstand unterstellt verbesserungen vertretung verwiesen verzeichnet
verzicht wechselte wiederholung wieviele wohn wortes worüber wunderschönen währung
zeichnung zugeordnet zügen abgabe akteure aktueller angehört angesagt angewendet
angezogen anträge anwälte aufhebung aufstand aufzeichnungen aussprechen ausüben
beachtet beantragen befragten belegte benehmen besuchern betonte betten bundesamt
bundesländer bände düsseldorfer eingezogen entnehmen erfassen ergänzen ernte
erzählungen etabliert faschismus feinen fürsten geistige gelacht geräten
geschlossene gesetzen gespeichert gewähren gewährleistet gezeichnet glücklicherweise
grossmutter indischen internen internetseite jahreszeit jedesmal kirchengemeinde
kollegin kommissar komödie kündigt künstlern lagern liefen mobilität nachfolgenden
nackte ordentlichen perfekten plänen präsenz prüft reichtum rezension rundfunk
rückseite sammelt schafe schuljahr schwedischen spaziergang speicher stichwort
städtische stürmer tauchen telefonieren türkischer umzusetzen verabschieden
verarbeitung verbrennen verkehrsunfall verleihen verlierer versicherungen verspätung
verwandeln verwandt verweisen wachsenden wecken wöchentlich würdet zahn zivilisten
zweit überfordert achse afrikanischen allgemeines anführer ausmacht ausprobiert
aussuchen befassen begleiter beherrscht beleidigung bgh chefin darstellungen deckt
desselben direkter dunkeln ehemals einsam eintreten entworfen erholung erleichtern
erstaunt feucht flieger flüge geehrt gefährlichen gefährlicher gesendet gewaltig
gleiches hausaufgaben heimischen herrscher instanz investition kommunizieren
kompetenzen kräften köpfen künftigen landtagswahl lieferte läden mächtigen
nachmittags orientieren quartal rahmenbedingungen richtlinie sammelte sauerstoff
schach scholz seltsame staatlich steuerung studiums uhrzeit umstellung unzählige
vergiss verletzten vorherigen weiber weswegen wohlstand wohnraum zeile zeitgleich
zusehen zuständige zwischenzeitlich zählte überflüssig überwacht abbildung abgesetzt
abschliessend aktiviert angeklagten angesetzt angetan antwortete anwesenden
arbeitszeit ausgesucht ausweis bearbeiten befestigt begehen bestimmter betreffenden
bindung bodensee bräuchte definieren diener drehbuch drucken eindrücke eingehalten
einigung elend engagierte enttäuschung erwerb festung flüssigkeit gebet gedeckt
gefertigt gefährden gegebenenfalls gegenzug gepackt gepflegt gerechtfertigt
gesetzgeber geweckt gewährleisten haltet hintereinander hätt interessierten irren
jenes klimaschutz kündigen langjährige läufer osteuropa prinzen priorität
privatsphäre produzenten programms reicher reinigung ruhiger schaffung schliesse
schottland schwarzwald schämen schüsse skeptisch sozialdemokraten sozialistischen
steuerzahler stimmte stärkste sächsischen thron tschüss verbrauch vergeblich
vergleicht verpflichtungen vollständigen vorlesungen weib weiblich weitermachen
wertvoll westlich wirklichen wirksam zahle zueinander zwingt ängste äusserte
überfallen abgebaut abschliessen abteilungen abwesenheit akzeptanz allesamt
angegebenen angreifer anschliessenden anstellen anweisungen anzubieten aufgetaucht
aufsatz ausgetragen beantragt beiträgen benutzer beseitigt besetzen besonderheiten
bewirken deckung dicker einfaches engagieren entstandenen erdgeschoss erlebnisse
falscher fickt folglich fraglich gekündigt geltenden gemalt glückliche herrschte
hervorragende jahrhunderten kanäle kontinuierlich leber lehrern londoner nachfolge
namentlich packt pfosten profitiert rechtsprechung ruhrgebiet russischer rückgang
rückstand rückwärts schadet schiedsrichter schritten seltene suchten tageszeitung
teilgenommen tragödie transportiert trennt umkreis umstritten unfälle unmittelbarer
untergrund verkündet vermieden versprach verzeichnis veröffentlichungen vorliegenden
wahrnehmen wartete wirds witwe wunde wähle wälder zocken ablehnen abstimmen anfängt
angeführt angenehme aufforderung aufm aufsicht ausgeliefert auslösen ausschluss
aussenpolitik ausübung baute begründen belohnt berechnen beruhigen beurteilung bezog
böses büros demselben derzeitigen deutlichen drachen drüben durchgehend dürfe eigens
einrichten einseitig entkommen entlassung entschädigung entsprechender erklärungen
erlassen ernähren erschaffen erwähnung ewige feststellung fotografieren fächer
gebirge gestaltete gleichgewicht gründete halbinsel harter heilen härter inspiriert
inszenierung jährliche kaninchen kapazität katholiken kaufte klassischer korrigiert
krankenkassen kriminellen kündigte künste lahm lautete meldete menschlich netzwerke
niederlagen nudeln nähere psychischen publiziert realisieren redakteur ruhm
saarbrücken speisen stiefel stärkung stürzte sünde tatsächliche unternommen
vergangen verwendete vorgeworfen wahrlich weisses wertung widerspricht wunderbaren
zahlreicher zigarette zurückgekehrt zwischenzeit überfall abgeschafft abzugeben
agieren aktuelles anmerkung ausgetauscht ausgewählte ausschliessen beachtung
befindlichen befragt begeistern behält beliebte bescheuert bruders darsteller
einsicht entführt erarbeitet erneute erweiterte freies fremder furcht fussgänger
fällig fühlst geantwortet geborene gegenwärtig geheimnisse geliebte geräusch
geräusche gesprächen gewöhnen glücklicher grosseltern heftigen heimspiel heisser
herauszufinden installieren islamische kirchlichen klassisch kombiniert komplexen
korrigieren körperlichen körperverletzung kühl löhne manch mitarbeit mühle
nachzudenken neuseeland organisierten qualitativ radweg redest regieren steigenden
stellvertretender stiegen strahlung studierenden sympathisch süsses traut treffpunkt
trockenen umweltschutz unerwartet verbesserte verbündeten verrückte vertrieben
verzweiflung vorausgesetzt wachsende weltweiten zugegeben zwangsläufig überholt
absturz anbietet anmerkungen anregungen aufwachen ausfall aushalten ausnahmsweise
ausschnitt bedeutenden beeinträchtigt begegnungen behinderte beobachtungen besatzung
bestimmtes bewirkt bewältigen bundeskanzler bäcker deckel deuten dutzende eingestuft
einzelhandel einzelheiten entziehen ermittlung erneuerung erneuten erobert erschöpft
erwartete erwähnten fragst gegenden gehofft gesunken glaubens grundstücke gönnen
heiko herausfinden höchster höherer irgendeinem jeglicher junges kommentieren kugeln
künstlich langjährigen latein laufende lesben letztens leuchten luzern mahlzeit
moralische nachhaltigkeit nachvollziehbar naturschutz nordsee nützt oberösterreich
privater regionalliga relevanten sachlich schauspiel scheiben schiebt schliessung
schwedische spannungen spezialisiert statistischen steigende strassburg strassenbahn
stundenlang stärkere stücken stürzt tagung teilzunehmen trost umfassend unschuldig
unterliegen unterzeichnet verbietet vereinzelt vermeintlich verringert weimarer
wänden zeugnis zitate zuverlässig ähnlicher älterer ärgern überlege abgerissen ahnen
alben amerikanischer angeblichen angreifen anwesen beendigung befreundet boote
braunen diät eignet eingeschlossen einhaltung elektronischen emotionale entspannung
ereignissen erobern fahrten falsches feierabend folter fortan freundes freundlichen
fügt fülle geheimdienst geringere gestoppt geträumt gläser grossstadt grosszügig
grundlegend grundsatz harmlos hauch hinunter hörst jedermann jugendlicher
juristischen kaisers kennenzulernen konzerne krankenversicherung kupfer künftige
landkreises landschaften landwirtschaftlichen lautsprecher lebensqualität leichtes
loswerden meisterschaften mässig nebeneinander nebst netzwerken niederländischen
niederösterreich offiziere ortsteil ozean passierte präsent qualifizierte radikalen
rezepte schale schnauze selbstbewusstsein souverän spiegelt standorten
strassenverkehr säulen techniken technologien ungarischen unglaubliche unterliegt
unterrichten urteilen verbraucht verbreitete verfahrens verknüpft verleihung
vernichten verschlossen verstärken veränderte vollzeit wache webseiten weltbild
weser wählte wölfe wörtlich zensur ärzten östlich überwachen überzeugend abbruch
abfall abgehalten abgeordneter abgezogen abgrenzung angriffen aufregen badezimmer
beifall bekanntesten beleidigen beschränken beschwert bestreiten bewahrt bewährung
blickt blockieren bundesstaat chemischen chronik cottbus dateien diesjährigen
dominiert drängt durchschnittlichen durchzusetzen einbringen eingebunden eingereicht
entfernten ergreifen ermittler erzbischof fachkräfte fehlern festzustellen florenz
fräulein geldes generalsekretär gewählte hauptstrasse hinzufügen intensiver
interessenten klarheit kommunistischen kreditkarte kühe landete liebevoll mainzer
mangelnde marktes mischen nachhaltige nüchtern ordentliche porträt provinzen
regulären rewe rezeption sammlungen seltenen sexualität sichert sicherte
sowjetischen soziologie strahlen substanzen südamerika teuren thematik thematisiert
türkisch umbringen umfassen unterscheidung unterstützer verbundene verhältnissen
verkaufte verschafft verstossen verwechselt vorallem vorzustellen wahrer weltcup
wettkampf wohnhaus wohnst wörterbuch zahlungen zurückgezogen zutaten öffnete
örtliche überschrift übersetzen abhalten akzent analysieren anderswo athleten
aufmachen aussteigen austauschen ausverkauft beiseite bekämpft beliebten besagt
beschliesst bewerbungen bundesstrasse drittes einbezogen einflüsse einführen
empfunden empörung erwünscht erzähl etablieren ewigen fetten fotze freigegeben frohe
fürth gebot gebühr gefühlen gesamt geschäften gläubigen graue gärtner halber
homosexualität höflich jetzige kaiserslautern kanzlei kerzen kostenlosen kurzes
lebensmitteln legten liedern längerer löwe mehrheitlich mittags niederschlag
rückblick scheitert schriftliche schuf schwäbisch speichern spezialisten
staatssekretär stützen syrischen südkorea thesen todesstrafe tätigen uhren
umgebracht unsicherheit untersagt verdammte vertreiben wanderung weint weitergeht
widerlich wohnte zahnarzt zusatz änderte übergabe abgebildet abgeschnitten
abschneiden amtes arbeiteten asiatischen attacke aufgeteilt ausgefallen aussprache
ausstrahlung austritt auszuschliessen basierend befragung befürchtet beigebracht
beliebig bemerken benötigte besonderheit bundeskanzlerin böden christlich
eingeschaltet einzigartig erforschung erspart federn feuerwerk finanz freundliche
frischer garantieren gebucht gefecht gehäuse gemischt genervt geschlechter
grundrechte gänge heilung hure ingenieure jahrzehnt kiew kopfhörer kämpfte
königliche künstlers laufzeit lecken lindner lücken migrationshintergrund
musikalisch münze nebenwirkungen protagonisten präsidentin ratgeber räuber saale
schaute schräg schublade schwung siedlung sitzungen sonderlich sonstiges spezifische
spürt streitkräfte tausenden terrorismus unzufrieden verarbeiten verbrachte
verdrängt verwechseln vizepräsident vorläufig vorzubereiten vögeln wahlbeteiligung
werkzeuge widmet wirksamkeit zivilisation zunehmende zürcher ärztin abgaben
abschalten aufweist auszeit autorität basteln besitze besserer bestritten
diesbezüglich disziplinen dunkler ehepaar einblicke einheitliche einklang einsetzt
endgültige erhaltenen erkenne erkläre erlitten erneuerbare erstellung erwies
feiertag fertigstellung finanzamt fotografiert freiheiten früherer gefangene geistes
gerichtshof gerücht gesellschafter gestrigen geübt gleichwohl glocke gültigen
herrschen heulen hülle irrtum isoliert klettern kläger korb krankenkasse landstrasse
lebewesen lebst nachdruck nenn neuerdings notizen packung relevanz reparieren
repariert ruhige schlafe schmalen schneidet schrei schweizerischen schwerpunkte
schäuble serviert sexkontakte sonnenuntergang spritzen süssigkeiten tankstelle taufe
unterdrückung urkunden verbandes verdächtige verfolgte verschwörung versichern
verstorben verurteilung vorlagen vornehmlich vorzeitig wahlrecht wahres wehe wiegt
währenddessen wärs zugestimmt zusammenarbeiten übersetzungen abgelegt absetzen
angebliche angehören angrenzenden anhalten aufschwung augsburger ausgedacht
ausgehend auslegung ausrichten auszugehen beförderung bemerkbar berechnungen
beschriebenen besuchten bezeichneten bohnen demonstriert derselbe draus effizienz
einheimische einsehen einzugehen entzogen erbaut faszinierend fasziniert fischen
flachen fluch flüchten französischer frisst fände fügte geführten geheiratet
geistlichen gesessen gewebe gewünschten gleicht gliederung halbwegs heiliger
heimatstadt heuer hingehen hältst industriellen initiativen jahrbuch kaiserlichen
klassik kreislauf kämen laien lateinischen lebensraum liebst literarische
muslimischen mütze neuere repräsentiert riechen sammler schlage schrott schwarzes
schwulen seitlich sichergestellt siebten sinnvolle spaltung spielplatz sportlichen
stadtgebiet stattfand steckte strache studierende tische unbekannter ungewöhnliche
verfasser vergrössert verhandelt verhältnismässig verlängern verpasste verringern
verschickt verweigern verwickelt verzeichnen vorgesetzten vorschlagen vorsitz wirt
wohnsitz zauber zehnten zirkus zubehör zugehörigkeit zwecks zweifeln äpfel
öffnungszeiten abgelaufen abriss absage angeklagt anhängern anweisung arbeitslos
aufbewahrt aufgepasst aufzug ausgeglichen ausgewiesen auswärtigen ausziehen
batterien befehle behauptete beleuchtet bewertungen beworben billigen doppelten
dreissig drohte dünne ebenda ehrliche eimer eingebracht einnahme einsamkeit
einziehen entfallen entfernte erlitt ezb freiem frequenz fussballer gegründete
geguckt gelohnt geniesse geringeren geschäftsführung gewitter gleichfalls gleis
grossartigen haftung herausgefunden ihk inhalten irgendeinen kluge kommunalen
kopftuch landung langeweile laufbahn lehnen leistungsfähigkeit leitungen leuchtet
ludwigshafen lügt menschlichkeit ministerpräsidenten mitarbeiterin mitgliedstaaten
mitmenschen mittelalterlichen modernisierung möglicher nachlesen nationaler ortes
parallelen parkplätze parteitag partys pfeil pferden platziert positiver präzise
realschule regierungschef reparatur rückte rüdiger scharfen schirm schläge schnelles
siegte spezifischen staatsbürgerschaft szenario tanzt tüte ungeachtet untertitel
urteile vaterland verleiht vernünftige versammelt verwundert vorgänge vorigen weiche
weltweite zufriedenheit ämter ärgerlich überraschungen überschreiten abbildungen
abermals abgeleitet ablegen absolvieren achso akademischen angehalten angesiedelt
anwohner aufgeklärt beitritt benutzte berührung beschrieb bleibst blättern
bundespräsident denjenigen deutschem differenz drohung englischer enthielt
entschuldige entstandene erfinden erleichterung erschienenen erschreckend
erweiterten etablierten fahrbahn fenstern finanzminister fortsetzen frech friedliche
frisur frucht fürchtet geachtet gebote gefiel gelsenkirchen geschoben gestimmt
getreide gewässer glücklichen gymnasiums helfe herzens hinnehmen höcke ihrerseits
immobilie inwiefern inwieweit kannste konzeption konzipiert langfristige lektüre
leugnen literarischen maschinenbau mädel nachhinein nachlass neid neueren predigt
präsentierte reisenden rotes rundschau räumlichkeiten satzung saufen schalter
schaltet scheine schlank schwerin schätzt schütze sendet sollt spezies stellenwert
stgb tagesordnung transportieren trieb umgewandelt umzugehen unmittelbaren
unverständlich veranstalten verarschen verderben verkürzt versetzen versteckte
verwirrung vorurteile vorwort wappen weibchen übt abgang allenfalls allgäu
alliierten anbindung aneinander antworte anzufangen arbeits arbeitsbedingungen
aufgegriffen ausbauen auslöser ausrede ausserordentlich badewanne bayerns beamter
beibehalten beschissen brauerei demokratisch dieb dschungel eindeutige einschalten
empfängt entfällt entnommen erfahrene erfolglos erforscht ergaben erzogen faktisch
festlegen feuchte franziskus freitags füllt gattin gefährdung geistliche gelegene
gesetzgebung gesundheitlichen getränk gewaschen gewünschte heilbronn härte hürde
jahrestag kassiert kerle kirchliche kleinanzeigen kleinstadt kneipe kostete
krankenhäuser kritisierte kunstwerke landeshauptstadt lebensweise leine liebling
liebte mehl minderheiten mitteilungen moralischen männchen münchener nacheinander
naturwissenschaften pfad philippinen professionellen pädagogik quadratmeter
resultate ruhigen schlimmes schlucken schockiert schulzeit schwimmbad stehlen säule
südwesten sünden teich umgebaut umziehen unterbringung verankert vergeht verliessen
verlorenen vernichtung verstoss vertrages verwirklichen vorgeschrieben wohnort
zentraler zunahme zwecken zweifellos öffentliches anerkannte angemessene
ansprechpartner asiatische attraktiver aufgelegt auflösen ausgerüstet ausreichende
autobahnen bandbreite befunden belastungen benennen benötigten bestrafen bewaffneten
bewegte bewohnern bezweifle biss blüte brüdern bspw buchhandlung diejenige dörfern
edeka einbrecher einträge einwanderer einzustellen emissionen empört enormen
entschluss erarbeiten erfinder erschüttert ersichtlich erteilen erzielten fahrräder
flache freundeskreis friedlichen frust fährst förmlich gebacken gefärbt gelangte
gelobt gerichts gestellten gestürzt gewagt gleichnamigen grausam grünes hebel heirat
hübschen innerlich irgendwelchen israelischen kannten klicks losgehen lustigen
merkmal mächtige mühsam nachbarin nannten offenes pilz planungen registrierung
respektieren rohstoffe räumt saubere schlimmeres schülerin segeln solingen
sozialistische spielst staatlicher stechen stellst sterbe tafeln trinkwasser
ukrainischen umliegenden unruhen unverzüglich verarscht verfallen verfehlt verkehrs
verlangte verleger verlorene vorgehensweise vorhang vornamen weltkriegs zugenommen
zunehmenden zutiefst zwiebeln ästhetik ökonomie überarbeitet überstanden abgrund
abhängen abkürzung abschaffen absolvierte achtet allemal allgemeinheit anerkannten
anfassen anschläge anstrengungen argumentiert auftaucht ausgeschieden ausgezeichnete
aussergewöhnlich beendete bekenntnis beliebigen bereicherung bestehe betriebssystem
betrüger biologischen botschaften brannte chinesisch dampf darlehen durchgang
eingetreten eingetroffen ekelhaft erfassung erfolgten erfordern erläutern fahnen
feldern fliege flut franziska gedrängt gemeinsamer geringsten gespart gesteigert
gesteuert gestärkt gewertet gräfin gutscheine göttin haftbefehl hanau heisses
hiervon hildesheim husten hühner innern insolvenz japanisch komischen
krankenschwester kühlen machbar mehrzahl menschlicher messungen mitgefühl mitspielen
mordes nachfragen neuerungen neugier neuzeit nähern pfeffer philosophen pilze
pädagogischen ratschläge rollstuhl schiffen schmeissen schnellste schuppen schüssel
schütteln selbständig spannenden spürbar stämme stände tauchte teilzeit tuch
unerträglich unterhalt unterschätzt vergangene vergrössern verpackung versicherte
verstärkte vieh vorrangig wenngleich wiedervereinigung wirtschaftlicher zurückziehen
zusammenschluss ähnlichkeit ärztliche absichten achtelfinale afrikanische angenehmen
angenehmer anleihen anrufe anstand anstoss arschlöcher aufgebracht aufgefunden
aufhört aufkleber aufsichtsrat ausreden ausreichen ausscheiden ausschreibung
ausstieg ausweg auswendig bedauern beklagte belästigt bevorzugen bewährt bischöfe
bürgerliche derweil dummes durchsucht eiern eingeweiht empfehlenswert empfinde
entsprach entwürfe erfolgreichsten erhalte erklärten erschwert erweisen erzieher
erzähler eugh externen faschisten fasste festnahme feuchtigkeit fraktionen friedens
gefälligst gelehrt gelitten gleichberechtigung gläubiger grundsätze halbjahr hilf
hindurch hinterlässt homöopathie inhaltliche jähriges kleben klingelt kostüme
kräftigen käfer längerem löffel medaillen meinten moralisch netze pflegt politikerin
pädagogische qualitäten realisierung redner rhetorik riskieren sachverhalt sattel
schiene schmale schmerzhaft schnaps schriftlichen schwöre schüchtern sechste
spielraum stadtverwaltung streich streitigkeiten studentin studiengang tagesschau
tagesspiegel tausch traue tödliche udssr ungerecht unterstützte veranlasst
verantworten verdächtig vereinbaren verpflichten versehentlich versuchst verweis
viermal vorgesehenen vornherein wagt zeichnete zittern zwillinge ökonomischen
überein abbrechen abgelöst abgerufen abwechselnd anerkennen angewandte ansieht
anzeiger anzupassen anzuwenden arbeitest arbeitsgruppe aufsehen aufsteiger
auftraggeber aufzugeben aussergewöhnliche aussichten beauftragte bedeutendsten
begleitete beruhen beschleunigen beschliessen beschlüsse besiegen boah
bundesministerium bundesverfassungsgericht bäckerei bühnen dankbarkeit dermassen
dortmunder draht drohnen dummer dämlich dürft eingesetzten einmalige einsätzen
endgültigen enthaltenen erforderliche erhaltene erholen erholt explodiert fahrgäste
fertigen festplatte geführte gegebenheiten gegnern gegründeten geldstrafe genügen
gezielte glaubwürdigkeit gleichmässig hasen herzinfarkt hilfsmittel hochgeladen huhn
hürden intensität kekse kommunismus konzerten kunststoff leiterin letzterer lohnen
lüneburg nahles nahrungsmittel neuwahlen niederländer nutzlos nähert offenheit
offizieller patientin pfanne privatleben reserviert richtigkeit rollt rühren schaust
schlaganfall schlechteste schul schweiss schweres schwächer sportarten staatsbürger
starkem stühle unterstütze verbreiteten verbringt verdiente verfügbaren verkleidet
verlegung vermeintlichen verwaltet vielfältigen visier vorrunde wolke zimmern
zuhörer zurückzukehren zuschauen zuwanderung überwunden abschiebung aktivieren
allgemeiner angeklagte angewandt aufarbeitung aufgetreten aufklären ausdrucken
auswählen bedienung befürchte behinderten behoben bekanntschaft beliebtesten
bestandteile beutel bezahlte bisweilen chefredakteur dergleichen derzeitige drücke
durchweg einmalig empfindlich endspiel entfalten entsetzt erlernen ernste ernstes
erwartung feiertage feuchten franzose frisches friseur fähre gebildeten gekriegt
gelagert gerichten gesenkt globalisierung griechisch grundlegenden gucke handtasche
hierdurch historisches jeher kanns kleinigkeiten komplexität konsens kriegs kummer
leutnant loben manipuliert merkst milliarde mithalten mittelfeld montags muslimische
märkten müsstest nackten neuauflage nägel offenbart operiert passte projektes
protestieren prozesses prävention rechtsextreme rechtsextremen registrieren
regulierung reichs samstags saniert schere schlachten schlossen schöpfung sicheres
sicherstellen staunen straftat süddeutschen teilung trink umgestellt unterlag
verdoppelt verfolgten vergabe vergleichbare verstösst verzögerung vielfältig
vielfältige vollzogen vorlesung wahlkreis wehrt weltkrieges werkstätten
wertschätzung wesentlicher wünsch zögern ärgert ökonomische öpnv überdies
überlebenden absagen abschnitte absolventen andauernd anderthalb annäherung
arbeitsgemeinschaft aufteilung ausfüllen ausgemacht ausgewählten ausgeübt
ausschalten ausweichen bauernhof bedeutend beliebtheit betreffend beurteilt
bewundern bezeichnungen blutdruck breites bringst dauerhafte dienstleistung
drohungen drückte dänischen effizient einschlafen einstimmig einwanderung
einzuführen erkenntnissen ermordung erschiessen erzähle fixiert gefesselt gelungene
geschlechts gestehen grenzt grinsen grundsätzliche hartmut hauptquartier hauptrolle
herangezogen herausragende hiesigen hoffte insassen interpretieren kapazitäten
klimaanlage konstruiert kontaktanzeigen künstlichen landwirte lehrt leichtathletik
ludwigsburg misstrauen mitgemacht neidisch ortschaften palästina parlamentarischen
phantasie philosophischen preussische produzent qualifizierten rassistisch
reduzierung revier schlangen schuhen schwangere schwitzen schwäbischen sozialisten
staffeln steigert stärkeren swr sächsische tendenzen tötung umland unfähig
unterbrechung vereinigte vergesse verhaftung versaut verschont verursachte vierter
vorgeschichte vorüber wachen wasserstoff weckt wehr werdenden wettbewerbs
wiederaufbau wirbt wäldern zurückgreifen zusammenbruch zusammenleben übereinstimmung
überzogen abziehen andernfalls anfänge anfängen angeregt angucken anlehnung annimmt
anzutreffen attackiert aua aufgewacht aufheben ausbeutung ausgeprägt ausschusses
begrenzte begrüssung beleidigungen beliebter beschleunigt betreuer bewaffnet
briefkasten dichtung differenzen drunter dämonen eiche eindringen eingeschlafen
einhalten einheitlichen einkaufszentrum eintreffen eisernen entlastung erbracht
erfreuen ergriffen erneuerbaren erwachsener erwarteten fachbereich fehlender
freistaat frosch fäden fügen geflohen gesundheitswesen götz handschuhe herrin
hervorragenden hochwertige impfung knacken knoblauch kolleginnen königreichs
lehrbuch leiser markieren militärs mittelalters mitwirkung muttersprache
nachweislich nationalspieler niederländische notiert notruf nutzern prediger
residenz reutlingen ruht rügen schenkte schluck schlugen schrauben sessel sortiert
stadien sämtlichen trocknen trottel tänzer ukrainische umwandlung unruhe unschuld
unsichtbar unterhaltsam unterschriften verschenken verzögert waschmaschine
weitestgehend weizen wurzel zuordnung zurückgehen zurücktreten äusserung übernahmen
abständen anbetracht angerichtet ansprache aufgehalten aufnimmt aufräumen aufwendig
aufzeichnung ausgebildete aussah ausschlaggebend auswirken auswärts basieren
bedeutender beeindrucken behielt beibringen beispielen beklagt belange beschaffen
beseitigung besessen besprechung betrogen beträge bezirke blauer buchstäblich diebe
dienten dreieck durchgehen durchlaufen einfachste eingeräumt eintragen eiskalt
emotionalen erfahrenen ernsthafte erweist fachleute flexibilität flughäfen flüsse
funken fächern füttern gebannt gefilmt gegenwärtigen geprägten gestalteten glocken
gratulieren gruppierungen gruselig gültigkeit handtuch herkommen hexe hilfen hilflos
hindern hörer infiziert inschrift inszeniert kapiert kehle kieler kindergärten
klammern kontaktieren kundgebung könntet leckere leihen meistern merkels militärisch
mittelstand neigung nominierung notfalls parlamentarische pfeifen philosoph platzen
preisträger privilegien propheten rausch reagierte rechtfertigung resonanz
schnellsten selbständige sichtweise souveränität spezial strafbar strategischen
suizid taunus theoretischen treppen täuschen tödlichen unterdessen unterhält
unterschätzen unterwäsche vereinfacht verkauften verlage vermeintliche verurteilen
veränderten volkspartei volles vorbilder vorname vorschrift wecker wegnehmen werkes
wiederherstellung wurf zentren zielt zulässt zuwachs abgedeckt abgestellt
angefertigt anregung anschein anzuschauen arbeitslose ausdehnung auseinandersetzen
ausführlichen ausgewertet auszeichnungen authentisch basler bedürfnissen begrenzung
behauptungen beileid bestrafung beteiligte betrachter bissl bremerhaven broschüre
burgenland detaillierte dienstes dienstleister dokumentieren dominanz drück dünnen
ehrenamtlich einbau eingefallen einspruch eklig entsprechendes erregt fairen
fertiggestellt fesseln fordere gegebenen gehn gekannt gekürzt geltung genfer
genossenschaft geschweige gewaltigen gewehr gewissermassen gleichstellung hausfrau
heimatland herrliche heutiger höheres hörten innenministerium justizminister
kolumbien komitee kreativen kurzzeitig landwirt leichtigkeit lern lesern liebste
lustiger lügenpresse medizinisch mädchens nahverkehr nationalrat neunten nutzten
obergeschoss opfers pflaster philosophische physiker produktivität recherchen
riesiges rührt scheissegal scheune schleife schnäppchen schwingen setz sexueller
sicherzustellen slowakei slowenien sofortige sparkassen sprecherin stammtisch
stellungen stellvertretende stroh stumpf süddeutsche teilnehmenden theologischen
trockene tschechischen unterdrückt unweit vereinbarungen vereinigt vernachlässigt
vernünftigen verpackt verrat verschärft vorfreude wartezeit wassers weitergegeben
westfälischen wirbel zeitplan zentrales zugewiesen zusammenstellung zutritt zyklus
ökologische übernachten abreise agiert albern angelegten anhörung anschaffung
aschaffenburg attentäter aufgezeichnet aufwärts ausfällt auskommen ausländischer
beerdigung befürworter behälter beissen beliebige bergbau besoffen bestände blickte
brauchten demenz dietmar distanziert dorfes edlen eingriffe einlegen einordnung
einwandfrei endes enthüllt entstehenden erlaubte erschlagen fehlten geheimdienste
geiles gelegenheiten gereinigt geringem geschäftsstelle gesellschaftlich gesundes
gewisses gewissheit gewöhnlichen griffen groko gültige herab herkömmlichen
hinterfragen häftlinge jammern karlsruher klausur klärung kommend koordinaten
langjähriger legendären legislaturperiode lieblings meinetwegen menschenleben
ministeriums missverständnis mitbewohner mitgliederversammlung moderiert mönch
nachweisbar nationalismus natürlicher neffe perfektes promi prozessen prägen
päckchen pässe quoten renoviert renovierung riesiger rückgängig schinken schläger
schlösser schrittweise schätzung schätzungen selbstständige sklaverei spezialist
späte spüre starren strömungen stürmen tauben torwart typischer umlauf unnötige
unterdrücken unzähligen urheber vermeidung vermieten verschrieben vertraute
verärgert vierzehn volksbank vorstandsmitglied wechselnden weiterentwickelt weiters
wertvollen wirkten wirkungen wochenenden worin wundervoll wurm würdig zugeschrieben
zugute zuständigkeit zylinder ähnelt übergab ablenkung abstammung akademische
algorithmus anhieb anlauf anspielung arbeitslosen aufbruch aufzustellen ausbreitung
ausweitung auswärtige auszudrücken axt begehrt beheben beinhalten berichteten berät
beschaffung beschimpft birgt blosse braten bundespolizei bundestages burschen
deutschsprachige dramatischen durchziehen ehesten eingesperrt einheitlich
einzigartige entdeckten erforschen erkunden erlangt erlass eroberung ersparen fels
fertigung fortbildung fotografien frechheit freibad freiburger freundlicher fünfzehn
gasthaus gekonnt geldbeutel geographie geraucht geschäftsmann gesinnung getrennte
getriebe gewaltige gewonnenen gewordenen grundstein handelsblatt handvoll hessische
hexen hindernisse hinterliess hochladen homburg innovationen insoweit klosters
kommunalwahl komplexer komplizierter lagerung landwirtschaftliche lebendige leistete
lenkt lernst leyen lächelt längste meckern montiert nationalsozialisten neuss
näheren oberbayern pforzheim pärchen rauskommt restliche rezensionen romantischen
schal schreckliche schrieben senkt sogleich spezifisch stammende säure toter träumt
umgeht umgestaltung unwetter verbaut verdeckt vereinbarten verlieben versicherten
verwandtschaft weltraum widerlegt wächter wählern würfel zulegen zurückgeben zähnen
zügig österreichischer überlegung ablenken abrechnung afx alltäglichen angesicht
ansprüchen ausdenken ausgenutzt bautzen befindliche belassen belgischen bemerkungen
beobachtete bereitete besorgte brasilianischen bzgl derartigen dortige eigenständige
einfachsten einfällt einfügen eingelegt einzurichten entscheide erdgas erhob ernten
erschliessen erschliessung erwachen erwacht festzuhalten freigabe freilassung
freundschaften freute gattungen gedient geheilt gekümmert gesichtet gestützt
heiratete herrlichen hunderten hättet innenraum integrierte kassieren klagt kumpels
kämpften lebensunterhalt leck längsten magischen medikamenten mischt mittagspause
moderatoren motivieren mülheim nachfolgende nachgehen naht niedlich nüsse
platzierung provozieren quartett raab radfahren riefen schildern schlauch schmeisst
schmutz schwager schädlich schöpfer selbstbestimmung sorgten stadtwerke stückchen
taschenbuch taxifahrer trank ungarische unterstützten verdammten vergütung
verkörpert verkünden verliere vernetzung verräter verträgen verzeihen vorrang warmes
willkürlich wundervolle wurdest wörtern wünschenswert würstchen zauberer
zeitgenössischen ägyptischen überdenken überfahren übergriffe überlegenheit
abgewiesen absprache abstellen abweichungen anfühlt arzneimittel aufbringen
aufhängen aufsteigen aufzeigen augenhöhe ausgestrahlt ausgezogen auslieferung
auswirkung baustellen beabsichtigt bedenklich begrenzten begünstigt berechtigte
betrachte bildenden dreckig durchsetzung ehrenamtlichen ehrlichkeit eifersucht
einbauen einkünfte einteilung entführung erhobenen erkrankt ernennung erstatten
erträge eskalation feierlich folgend freiheitsstrafe fröhliche fünfzig gekleidet
geständnis gesunder gewürdigt glänzend grössenordnung grösstes gymnasien gütersloh
hingerichtet hinreichend hinrichtung hochwasser höhlen infrage irritiert jahresende
juckt juristisch kennzeichnung klänge konditionen kostenfrei kräuter königsberg
kürzester landshut lateinische lebenszeit lieferanten mehrwert menschliches
mentalität mitbürger mitzuteilen mäuse nennst neukölln nichte norddeutschland
nutzbar ortschaft pauschal pfarrkirche prioritäten probier provoziert rbtv
religiöser scham schlauer schmal schmutzig scho schob seltsamen senkung sklave
spekulationen sperrung sprachgebrauch steinbach tageslicht telefoniert tierheim
tischtennis türke unauffällig ungemein unmittelbare veranlassen verantwortliche
verbirgt verbleib vergesst verpflegung verprügelt vorlesen vorzunehmen widerstehen
wiederholte württembergischen zehen zeitliche zeugt zitieren zunehmender
zusammenspiel zwickau äussersten ökologischen übergewicht überliefert überqueren
überträgt abgeht abgeschaltet amateure anbietern andenken anderweitig anfänglich
angefahren angeln angetreten ansage ansbach anstellung arbeitskräfte aufführungen
aufschrift auftritten ausfindig ausgelassen ausgeschaltet ausgezeichneten ausgiebig
ausnahmslos aussterben befragen besichtigung besonderem bewaffnete bürgerschaft
bürokratie christlicher desaster dreharbeiten ehrenamtliche ehrgeiz eilig einlassen
einstigen empfindet erweckt feinsten flüchtlingspolitik forderten fränkischen
gegriffen gemeinnützige gemischten genosse gerückt geschützten geweint haften
herrschaften hässliche hüfte intellektuellen jawohl judentum kerze kleinigkeit
klingeln kommunistische kostenloses künstlerisch langfristigen laufend linkspartei
lockt makler marktwirtschaft merkwürdige minderjährigen moslems mönche nachtrag
nassen nationalität neumarkt niedrigeren nordosten oberflächlich oberpfalz olg
platzieren preises prostituierte recherchiert rechne rechtschreibung renommierten
reparaturen riegel ruiniert rüstung scheinst schiffes schlussendlich sehenswert
seinerseits selbstvertrauen sichtbare sichtbaren sichtlich sonnenaufgang spannendes
stehend steuert stoppt stumm stützt treppenhaus unabhängiger unangenehme
ungewöhnlichen verbänden verfassen verkündete vermag verschicken verstorbene
vertrags verwundet virtuellen vorfälle vorherige vorsatz vorwand weht weinheim
weitergeben würdigen wüssten zehntausende zeitnah zentrums zerstörte zusammenhalt
überholen überlieferung überstehen alljährlich altersvorsorge amtliche angestellter
anonymen anschliessende anzulegen arbeitstag auffallen aufgelistet aufsätze
aufzuhalten ausm ausschreitungen australischen autonomen azubis baue beisst
beklagten beliebtes beratungen beschreibungen bestellungen betreuen betriebs
bevorstehenden blüht bälle derjenigen deutschlandweit dickes durchgeführten
eindrucksvoll einher erbringen erbärmlich erkältung erschlossen ertrag etwaige
europäisches fachmann fehl finanzieller fühlten gebrauchte gedroht gefressen
gegenleistung gegenständen gemeine geordnet geräumt geschwindigkeiten gespendet
gesundheits gewinnspiel groben gründet hartes herrschenden herstellers hinzuweisen
häuschen jüngst jüngster klassenerhalt klatschen klopfen komplikationen köstlich
kühn leidenschaftlich lügner minderjährige nationalsozialistischen neffen neubauten
neuland niederlassung nutten oberstufe physikalische physische potsdamer
programmieren qualifizieren remscheid repräsentieren saugen schlagzeug schreck
sekretär sorgfalt spiegeln stellenweise stiftungen strahlt strömung sumpf taugt
teilhabe torhüter tschechische typisches umschlag unbemerkt unwichtig unzureichend
urlauber variablen verfall verhängt verschwenden versuchung verteidigte verurteilte
volkswirtschaft vorgetragen vorlegen vorläufigen vorstellt weissem wessen weste
westens widmete zahlreich zaubern zeitgenossen zeitlichen zerlegt zugreifen zähle
öffentlichkeitsarbeit überstunden abheben abschaum absicherung aktiengesellschaft
angezündet anschreiben anzusprechen argumentieren ausfahrt ausnutzen befördern
bemerkung berechtigten bereitgestellt beschaffenheit beschützen besteuerung bezüge
briefen buchstabe busfahrer bürgerinnen charlottenburg detailliert eingebrochen
einreichen einschätzen elsass entlasten erachtens erfolgreiches erhofft erkrankten
erscheinungsbild erzeugung erziehen esslingen europaweit fernen festgelegten floh
flüssig fusse föderation gefangenschaft gegenseitige gejagt gelehrten genauigkeit
geringfügig geschirr gewaltsam gewerblichen gewinnung gleichheit grundriss gutachter
haushalten hausmeister heike hütten ineinander jetz jugendamt jüdischer klärt
kofferraum kontroverse krankenhäusern kräftige lebensstil mandanten marschieren
millionär mittendrin mittlerer monatlichen nachnamen naher niedersächsischen
norddeutschen nützen oberschenkel optimierung optischen pfleger praktiziert privileg
programmiert rassistische rechtfertigt rentenversicherung rettete richte rosenheim
rückweg saisonende sanfte schauplatz schlimmen schmetterling schrecklichen schrie
schulung schwebt schweinfurt sehn silbernen sozialdemokratie sportart sprengen
steigender stolze szenarien themas tiefsten titelverteidiger unfähigkeit ungeheuer
ungleich ungleichheit ungültig urheberrecht variiert verbannt verbund vergleichbaren
verrückten verschlüsselung verschwiegen verwehrt verwirklicht vorgegeben vorliebe
vorläufige völkermord wartung wehen weihnachtsmann weihnachtsmarkt weiterhelfen
wichtigkeit wiederholten wohnungsbau wohnwagen wortlaut zerschlagen zerstörten
zivilen äusserlich öffne abgeschoben abnahme analysten angebaut angedeutet ankam
annahmen anzugreifen aufgesetzt aufrufen aufsuchen ausbilden ausdauer ausgebrochen
ausgezahlt aussetzen bekleidet besichtigen betritt blossen blöden bänder böser
bürgermeisters drk drohne dänische effektiver eigenständig einbeziehung
eingeschlagen einreise einverständnis einweihung elfmeter erhard etablierte etlichen
faszination freiwilliger gehoben gehälter gelangten geltende gemeinsamkeiten
gemischte geschick gesellschaftlicher getauft getraut gewöhnliche gräber guthaben
hattet heimweg herausgabe hinbekommen homosexuellen hotelzimmer häfen häufigkeit
kaiserin klickt klinikum komplizierte konntest kühle kühler kürzeren leitfaden
manipulieren massiver merz miese narben nützliche perfekter rassisten
rechtsextremismus referenzen reflektiert regierenden rädern rückspiel schlamm
schlesien schlichtweg schlief schreie schweigt schweizerische schwelle seitensprung
staatsangehörigkeit stimmten storch ständiger stünde sämtlicher tierarzt todesfälle
turniers unterseite untersuchte verbleiben verbleibenden verbliebenen verfügbarkeit
verhaltens verkehrsmittel verknüpfung vermarktung vermerkt verschiebung vierzig
vollständigkeit waldes wandert westdeutschen wirksame wissenschaftlern wochenlang
wärmer zeitgenössische zeremonie ziegen zitierte zugehörigen zugeschlagen zunehmen
zusätzlicher zuversicht zuweilen überreicht übertreiben abhängt ablaufen ableiten
abzuschliessen akzente albtraum anhaltspunkte anreise anrichten arbeitswelt
aufgemacht baumwolle bauwerk bebauung befriedigen bereuen bestreitet betonung
betteln bezirks bge blass bundespräsidenten bundesverband champagner chemikalien
differenziert dominieren durchsuchen echtzeit einfahrt eingefügt einsame
einschlägigen einwilligung endlos engeren erlebe erläuterungen ermöglichte
erstaunliche fachhochschule feiertagen funktionierte förster führungskräfte geformt
gegners generieren genutzten gepasst gerührt geschäfts gesetzentwurf gesprengt
gestatten gesteht gestellte gewohnheit glaubten gleichem gruppierung gängigen
hauptschule hausarbeit hinterkopf häufige hörbuch integrierten involviert jeglichen
jubeln katholisch kleinem kooperieren krönung küsse landesliga lateinamerika lehrte
liegend lobt macher matratze mitzunehmen modells moderatorin monatelang motivierte
nachgefragt nachhilfe neusten neutralität notiz nähen offizielles olympiasieger
parkhaus porzellan privatpersonen psychologischen raumes reduzierte rheinischen
rundum sach schlechtesten schlosses schreibweise schwierigkeit schütz sizilien
spielfeld stammte steige strebt tönen umweg unterkünfte unterlassen untersuchten
unterzogen vereinbar vermischt verschluss verschwendet verwalten verübt
vorangegangenen vorzüge wagenknecht wahrscheinlicher wanderungen wichser
wirtschaftspolitik zeugnisse zuflucht zurückhaltung zusammenhängen zusätzliches
zypern ämtern überweisen überwiesen amtlichen angelegte angemessenen anschaulich
ansetzen arbeitskreis aufgeführten aufgehängt aufschrei ausgleichen auszubauen
auszuüben bahnsteig baumarkt begab begeht belegten benutzten berufsschule besetzte
bestellte betriebsrat bezahlten bücherei cheftrainer dasein detlef diplomatischen
dobrindt dozenten dünner effizienter ehen eingeteilt eiweiss elternhaus entsorgen
entsorgt erfolgreichste erfreulich erwecken erwischen erzeugten eskaliert
existierenden farbigen fernsehsender festschrift fluggesellschaft folgendem fungiert
gabel geforderten gelistet gemeinschaften genoss gesamtheit geschmückt gestritten
getauscht gewirkt gleichung gmünd grossartiger grossstädten göttinger handelskammer
hansestadt hochzeiten holländer hunderttausende immunität integrität
interpretationen isses jahreszeiten katastrophen klassisches knien lastwagen
lautstärke lebensdauer lernten lichtenberg lieferungen meisterwerk mittelalterliche
moskauer neos nutte physischen präsidium rannte rauschen rechtslage reiben sachliche
satzes schliess schlüsse schmerzt schnabel schwankungen schwimmer selbständigen
sogenannter sowjetische spandau sprichwort spürte sähe südwest taschengeld teilchen
tierschutz umgezogen unschuldige unterbrechen unterteilt unterzeichnen verdrängen
verhaltensweisen verhungern verklagt versicherer verständigen verstösse vertrat
vertrauten verwunderlich vordere vorgestern vorrat vorsorge wasserversorgung weges
werfe wilhelmshaven winde zeugin zugesagt zurückgewiesen zurückhaltend
zuversichtlich ärmel ärztlichen überreste überschuss überzeugte aachener abende
abgeschlossenen abweichen achja alltags anbringen anstrengung anzünden arztes
auffallend aufgetragen aufgezeigt aufregend ausgeschrieben ausruhen begeisterte
behinderungen bekannteste berufsausbildung beschlagnahmt bestenfalls bewusste
brachen brennenden bvg dgb eineinhalb eingelassen einholen einigkeit einwände
elektroautos empfahl empfing endeffekt engagierten entspannter enttäuschend
entwerfen erschrocken erteilte ertrinken explodieren festgesetzt festlegung
finsternis fliessend flusses folgendermassen formulierungen freiherr freising
freitagabend gaststätte gebietes gebildete geborenen gegenseitigen gemachten
gemütlichen gerechte gesammelten geschockt geschuldet geschäftsmodell gesetzten
gespalten getanzt gewand gewordene gleise gnaden gremien göttlichen günstigsten
haustiere herausgestellt herzogin hetzen hintere innenhof jugendarbeit kamm kanälen
klinischen kommerziellen konzentrierte konzerns kostenloser kreuze kreuzes laub
loslassen loyalität mangelt mannheimer marktanteil massstäbe mitarbeiterinnen
mitschüler müdigkeit nuss obendrein professioneller rassistischen raucher ravensburg
rechtes reguläre revolutionäre rotwein rutschen rutscht röhre samstagabend
schlechtem schleifen schlichten schmunzeln schneide schwarzem sgb siegt steif
steilen studiengänge säcke süchtig tagelang tapfer technisches traurigen unendliche
untergehen unterschiedlichsten ursprungs verdeutlicht vermietet vermittler vernehmen
versammelten vertrauens vorbildlich vorderseite warfen warnte weitesten wertvoller
wusstest ziehst zuneigung zurückkommen zusage zwerg öfteren abneigung aggressiven
amerikanern amüsant anfing anstehenden arbeitern auferstehung aufsetzen aufwendungen
ausgefüllt ausländern aussergewöhnlichen auszugleichen autounfall bayerischer
beachte behindern bekanntgegeben benennung berechtigung bereichern bereichert
besassen bestrebungen bewohnt bildhauer bildungs blutigen bläst bäder chemiker
dahingehend deaktiviert deppen drohenden durchfall durchgängig eingabe eingeben
einzuhalten entlastet erkrankte erlösung erneuern ernährt essener exakte fertige
finanzkrise flaggen flohmarkt fragestellungen fussgängerzone färbung gauck
gedenkstätte gedruckten geeinigt gefallenen gereist geschrei gesondert glatten
glaubwürdig glückwünsche grafschaft gratuliere greifswald grundeinkommen heimische
hervorgehoben hoheit kathedrale knüpfen konkreter kontinuität konventionellen
kraftwerke kratzer kreuzer kurzfristige körner kürzere landesverband lehr letzteren
lucke längen mechanischen monatliche mutmasslichen mündung nachhaltigen neustart
niedergang normalität offenbarung operativen orientierte paaren pressefreiheit
projektleiter rasche referenten reitet rezeptfrei rinder sarg schlechthin
schnittstelle schäme selbstbewusst seltenheit senats spahn spezielles spielerisch
stellvertretenden stockwerk süddeutschland südosten tendenziell umdrehen umher
unsichtbare unterworfen vegetarier verbrennt verdienten vergibt vermehren versammeln
verschenkt verschliessen verschwendung vertraue verweise vorwerfen waffenstillstand
weiterführende wiege witzige würzburger zugabe zusagen zwischenfall zählten
ökologisch überlebende abbiegen abhilfe ablesen abläuft abzuwarten akkus alleinige
aufgedeckt aufgestanden ausführlicher ausgeliehen ausgestaltung ausreicht baumeister
bauweise bedrohen beherbergt bekennt bemühte bereitstellung bergisch berufsleben
beschert beschleunigung beschriebene bräuchten drache ehrungen eingebettet einsatzes
einseitige einzigartigen erdbeeren erfüllte erwarb erwärmung fahrplan fernseh
flugplatz formulierte fragebogen freigelassen fremdsprache friedrichs früchten
förderverein gehasst gehörst gelaunt gesprungen getränken gewohnten gewundert
gnadenlos grossartiges grossraum görlitz göttliche haftet haltbar handhabung
hautfarbe heidelberger herford herzogs hinab hingabe hinterm islamistischen ists
italienischer iwf kanadischen kempten klebt klischees kombinieren kompromisse
kundschaft käfig kätzchen kühne lehrkräfte lieferten ländliche maximalen mitsamt
mitteleuropa mittelfristig mächtiger mündliche nachdenklich nachsehen neuanfang
nische obdachlose palästinenser pfarrei platzes platzt plätzchen polnisch
popularität raucht recherchieren recklinghausen repräsentative respektiert rohre
rumpf schauer schweben schwersten schwindel schwänze seide sekretärin
selbstverständlichkeit sonnenbrille speyer stadtzentrum stammenden startseite
stattfindenden stecker söhnen trinkgeld täuschung umgerechnet umstrittene umsätze
unbewusst unfällen variieren verehrt verfasste vergessenheit verteidigungsminister
verweilen videospiele volksschule vorgeführt vorgesehene vorletzten vorträgen
vorzugehen wahlergebnis warteten weissrussland werdende wetzlar widersprüche wildnis
wohnten wählten zarte zuordnen zusammengesetzt zuschlag zuverlässigkeit ökonomisch
überdurchschnittlich überführt übermorgen überreden überwältigt abgefahren abgelenkt
abwicklung abzuhalten aktionäre aktualisierung akute altona amüsiert angestrebt
angetrieben ankauf anrufer anschlägen anschuldigungen anzuschliessen augenmerk
ausgearbeitet ausgebildeten ausgesehen auslastung aussteller auszuführen baujahr
beansprucht beeindruckende befestigung begibt begrüsste belagerung benötige berufs
beruft beschränkung beugen birne bistum brasilianische bushaltestelle dauerhaften
demzufolge dozent dynamischen eingeholt einschlagen einschränken empfand entschloss
entzug erlebten errichtete erweiterungen eröffneten europameister evakuiert
fahrzeugs festland fitnessstudio flogen führungen gebete gebrauchten gefeuert
generalversammlung generiert geschehnisse geschwächt gesundheitliche guckst gütern
handgelenk haustier heiner heiratet helligkeit hinzuzufügen humanitäre ideologischen
inbetriebnahme iranischen kammern kaufpreis kleinerer kooperationen kotzt kärntner
kümmerte lebend lebzeiten legendäre leichnam leinen liegst lindau mangelnder
mediathek missstände mächte niederrhein niedrigere optimieren ordentliches
ostdeutschen pfeife physikalischen potenzielle prämie präzision rauskommen
rechenschaft rettungsdienst schaff schlepper siedlungen sortieren starteten ständen
stützpunkt subventionen trauben turniere umsteigen ungeeignet ungerechtigkeit unmut
unternimmt untersuchungshaft unzufriedenheit unzulässig verabschiedete verbote
verdeutlichen verklagen verschiebt versenkt verspielt verspätet versteck versöhnung
verwöhnt vollendung vorgegebenen völliger wahlweise weggenommen weiblicher
weltanschauung wiedergabe winzigen wirbelsäule witterung wortschatz wunderschönes
zentralbank zirka zurückgegangen zweieinhalb übersteigt übertroffen abtreibung
alleinerziehende anekdoten anhört anreiz ansatzweise anschaut arbeitenden
attraktivität auffällt aufrechterhalten ausschlag aussenseiter ausserordentlichen
auszusetzen beantwortung beauftragten befahren befolgen beilage belegschaft bereut
bewegten bischofs blickwinkel blöcke blühen bohren britischer chronischen
dazugehörigen demokratischer denkmalschutz drittens durchsetzt düster eifersüchtig
eingangs einsamen eisbären entscheidender erfahre erheblicher erreger erschweren
erstmalig erwägung freundlichkeit frühestens gefüttert gegenseite gehörig gelte
gelungenen genesung gesprächspartner getäuscht geweiht gysi handele hartnäckig
herstellern hervorgegangen höchstwahrscheinlich identifizierung individueller
inhaltlichen inneres kaiserliche kaufst kontrollierte kreditkarten kreuzen
kriegsende kritikern kultureller kurfürsten küsst küsten landkreise landtags
lebendigen lehrerinnen lobte luftfeuchtigkeit lustiges magdeburger magier mahlzeiten
mathematischen meeres meilenstein mitspieler moscheen männlicher neutralen obgleich
ostdeutschland passender pfannkuchen positioniert potentiellen protokolle pubertät
querschnitt radler raumschiff referenz reichsten reue revolutionären schalte
schauspielern scheinwerfer scheissen schlampen schleppen schmelzen schmetterlinge
schnitte schwamm senkrecht silberne sinnvoller sozialdemokratische
sozialdemokratischen sozialwissenschaften spiess sportverein stationiert stationären
streicht theaterstück trägst umarmen umfangreich umstrittenen unberührt ungestört
unregelmässig unterbinden veranlasste verbotene verbundenheit verbündete verfolge
verhinderte vermisste versammlungen verspätungen vertreibt vertreibung verursachten
verwalter verwandelte vielerlei vorgeht vormarsch vorschlägen vorstoss vorzugsweise
warnungen wegfall weicht weithin wichsen willkür wohle woraus wunderbares würdigung
zertifikat zielsetzung ziffer zivile zugesprochen zutun zuwanderer ängstlich
überwiegende überwindung abläufe abweichende akzeptabel angehoben anmeldungen
attraktiven aufgebot aufrufe aufzuklären auszusprechen auszutauschen beeinträchtigen
beginnenden beihilfe bekleidung bekomm belieben bergab beruhigend beständig bezirken
biegen braunkohle brüllen buchhaltung bundesebene deutung dezent digitaler doppelter
dreist durchhalten düren eifrig eignung entsorgung entspringt ergänzte erklär
errichteten erschiesst erschliesst erzwingen facharzt farbige filmemacher fokussiert
fragestellung fragten frequenzen frustriert fröhlichen fussboden färben gasthof
geeigneter geheimer geldern gelächter gepaart germanischen geschildert geschwistern
geschäftsjahr gestochen gletscher gläubige glücksspiel grazer hach heimsieg herbei
islamischer jugoslawien kanadier kandidatin kennzeichnen klischee knallt
kommerzielle kompensieren komplettes kratzen kurzerhand landesamt leckeren leitende
letzt loszuwerden länderspiel methodik mobilfunk mühlen müttern nachholen nasen
neuhaus nächtlichen oberkörper oberlandesgericht offenkundig organischen
orientierten postfach privatisierung prächtig quälen raumfahrt reflektieren
regionaler rheinische routen scheu schlägerei schmutzige schranken schriftstellerin
schwimmt schwingt schwäbische sehnen selbstständigkeit servieren siebte sonnabend
spendet spritze stiessen strömen teilhaben teilten testspiel totaler treibstoff
undenkbar unfug untersuchungsausschuss ununterbrochen veraltet verfügte vergass
vermögens versteckten versuchs versäumt verwertung verwies verworfen verwöhnen
vollständiger vormittags vorratsdatenspeicherung vorstellbar völkern wahrung
weitergeleitet werbe werks westeuropa wiederaufnahme zivilgesellschaft zubereitet
zurückgegeben zutreffend übermittelt überweisung abbauen abgesichert abgesprochen
abkommens abteilungsleiter ameisen angespannt ansässigen antritt anzugeben
aufgegangen aufruhr augenbrauen ausfälle begründeten belästigung beobachte beraubt
bertelsmann berufserfahrung beschränkte bestritt betrat bewährte bezahle bezweifeln
brocken bruchteil charakteristisch datiert differenzierung diplomatische drehe
eichhörnchen einbindung einfamilienhaus einfliessen eingeschätzt einwand
elektrischer erfuhren erhebungen erleiden erpressung erschrecken ersticken erstickt
exekutive fache fachlich fahndung familienmitglieder fantastischen feinden frohes
frühstücken fünfmal ganzem gebrannt geehrte gemachte genauere geographische
geradeaus gerichtlich geschmeckt gewandt gewässern glänzt grundlos gurken haftstrafe
haltestellen handelns hervorgeht hervorzuheben hinweist hinüber hübsches indiz
informierte initiiert irischen kommentierte kompletter komplexes krachen kraut
körperlicher landhaus lauterbach lebensgefahr lenkrad lässig mathematiker
medizinischer meisters metapher motorräder mundart nachzuweisen niedrigsten
nordischen nordwesten obdachlosen passendes physisch pinkeln produzierte
programmierung prämien ried riese riskiert schlucht schriftzug schulabschluss
schwacher seriöse sigmaringen skizzen sonnigen sprünge stadtteile staubsauger thw
trete unterstreicht unterziehen unverschämt verabschiedung verbesserten verbindlich
verbraucherschutz vergiftet verhelfen verlagert vermutete vermutungen vernetzt
verstärkten vorenthalten vorgegangen vorschau völkerrecht wahn wasserfall wels
wenzel wertlos westdeutschland wiederhole winzige wirtschaftskrise woraufhin wucht
wunderbarer zeichner zugeteilt zurückhalten äste ökologie ökonomen abgeordnetenhaus
abgeschossen abgestürzt abschieben abwärts algorithmen anhaltende arbeitszeiten
archäologie arroganz auflistung aufrichtig ausbilder ausflüge ausleihen
aussenministerium auswärtssieg barock bauteile bauzeit bayrischen beanspruchen
bedürfen beirat bekanntes bereite bereue berühmter bevorzugte bewilligt bitteschön
blaues booten brandstiftung brasilianer brauner computern dargestellten datierung
definierten diesjährige distanzieren dreizehn einlagen einnimmt einzunehmen eiserne
erfrischend erschreckt essig feindlichen flieht forschen fragezeichen
friedrichshafen funktionäre fündig fünfter geflüchtet gefühlte gegnerischen gegossen
geheimnisvolle gehorsam geige geistiger geopfert gerieten gesamtes gesünder
getrennten gewohnheiten grundwasser göttern hausen hoffnungslos händlern ignoranz
impfungen inspirieren jahrzehntelang kantons knöpfe koche kommuniziert konferenzen
koordiniert krasser krawatte kreisstadt kürzen laterne lebenserwartung lebensfreude
lehrgang lehrstuhl leonhard leuchtturm lizenzen maizière mangelnden mathematisch
mietvertrag mosel nachkriegszeit nachname nadeln niedergeschlagen offenem ohnmacht
opern organisatorischen porträts potenziellen prozentsatz rasieren rechtswidrig
rächen räumung rückgabe rückrunde scheuer schlussfolgerung schmeiss siedler spargel
spezieller stammten streicheln tragischen trommeln tugend umdenken umfangreiches
umfasste unterstellen verdoppeln vergewaltigen verhinderung verlusten verschwanden
verstarb vertraglich verurteilten verwirrend verziert voigt vorlieben vorstandes
vorweisen wachs wahrheiten wahrzeichen wegwerfen wiesn wrack zitrone zutrifft
zuzuordnen überraschende überzeugungen abkühlung absender abweichung abzulehnen
aktives angebotenen angegangen angegebene arbeitsweise asiaten aufbrechen ausprägung
ausschau auszahlung auszugeben automatischen bahnhöfen beeren begriffs behalte
bequemer beschissene beschränkungen bestehens betrieblichen bewundert bezeugt
blonden blutige buchholz bänden deaktivieren delegierten direktorin dreifach
druckerei dänen edv einberufen eindeutigen eingedrungen einleiten einstecken
entfaltet erhöhter erraten erzgebirge familiären fasern feierten fernbedienung
fortgeführt fortzusetzen funktionierende fälschung geforderte gefüllte gehirns geier
geiseln geknackt gelassenheit genüge germanistik geschaffenen gespürt getätigt
griechenlands gänsehaut hauptsitz hausarzt heilmittel heizen herunterladen heult
hässlichen illustrationen innerer jüngerer kampfes kindergeld komisches
kontrollierten konzentrationslager korrekturen kranker kunstgeschichte küken
leckeres ligen löscht markenzeichen meinerseits mitteilte münden nachfolgend
oberfranken odenwald oesterreich optimalen orthodoxen prosieben prägt prägung
prügeln redete religionsunterricht repräsentativen rotem rumlaufen räumliche
rückgrat schafften schaum schnelligkeit schraube schweiger schwerste sodann
sommerpause sonnenlicht sperrt sprachlich stecke stellungnahmen straubing streitet
stromversorgung todesopfer tänzerin tötete umstellen unerwartete unglaublichen
unterbringen unternahm unters verachtung verdankt vergewaltiger vergrösserung
verlinkten verordnungen verschlechtert verträgt vielem volksrepublik vorliegende
vorort vortag wahrzunehmen weihnachtszeit weils westfälische wiederholungen
wiederwahl wildes wirtschaftlichkeit wirtschaftswachstum wohlbefinden wohnmobil
zarten zerfall zerrissen ziffern zukommt zusammenfassen zuspruch ähneln ähnlichem
österreichisch überleg überwiegen üble übrige übte ableger abschliessenden abzeichen
abzusehen akzeptiere altem anhaltenden anknüpfen anreize anwendbar arbeitsrecht
aufgebrochen aufgeräumt aufgezogen ausgrenzung ausstoss auszubildende autofahren
bedrohte beispielhaft bemerkenswerte besiegte bestehender betrachtete betriebliche
bewies bewältigung bliebe brühl bundesbank bundesgerichtshof burgen christentums
defizite detmold diagnostiziert dämmerung ehrlichen eichen endstand entzündung erdöl
ereignete errungenschaften erwartest eures expertin fachgebiet feindliche fliegende
fliegenden flöte flüchtlingskrise flüssigkeiten fragwürdig fraunhofer freigesprochen
führender füllung gebauten gehaltenen gekrönt gemahlin geschützte gesellen gesetzte
gesichtsausdruck glied glänzen grundgesetzes grüss gängige halfen hauptdarsteller
herausragenden höschen hübscher hüten informatiker inhaltsverzeichnis inkrafttreten
inschriften jubiläums kapitalistischen kathrin kehrten keil kippe klassenzimmer
klausel klaut komischer krankenhauses kundenservice langsame lautstark lebenswerk
lehramt liveticker materiellen mbh merklich militärischer missbrauchen misstrauisch
musikalischer mutige mutmassliche märtyrer mülleimer mündlichen nennenswerte
notaufnahme obhut operieren optimiert papstes pfeift phänomene pilger pinsel
planmässig prozessor prüfer rasiert regelmässiger resultiert römisch rückhalt
rückmeldung scheidet schlagzeile schleuse schlichte schnecken schwankt seitlichen
selbstverständnis sextreffen sofortigen sozialhilfe sozialleistungen sozialpolitik
sportlicher sprachliche stadtbibliothek steuerberater strahl theke trauern trauriger
trösten typs tätern unbegründet ungeduldig unruhig unterlegen versager verschlafen
verschlüsselt verschweigen verständigung vertieft verzichtete volksabstimmung
vorbeischauen vorschein wahrsten weigerte wettbewerbe wiedergegeben wiedergewählt
zeitgeschichte zelte zugeführt zugehen zugänge zurückgelegt zuschlagen übergehen
abdecken abgeschlossene abschnitten absehbar abzuholen angeschrieben anspruchsvolle
anzurufen arbeitsplätzen aufgehen auftretenden ausleben aussenwelt ausserordentliche
ausstellen auswärtsspiel automatisierung badischen bedeutungen befürwortet
behandlungen behaupte beitreten benachbarte benachteiligt bettler biblischen
bildende birnen bratwurst bundesstaaten datenbanken deutschlandfunk discounter
diözese edelstahl ehrlicher eilt einmaligen einwohnerzahl einzelpersonen
elektrizität endrunde energieversorgung entdecke enttäuschen erkennung erlaubten
ermessen ermordeten erstellte ethischen ethnische ethnischen europameisterschaft
fachwissen fahrern feuerwehren flughafens flügeln folgst forstwirtschaft
fortgeschrittene freihandelsabkommen freuden fungieren furchtbare förderer
fürchterlich gefundenen gefälscht gefüllten gehörenden gleichgültig gottesdienste
halberstadt heeres heinrichs herkommt herstellt hervorragender hinspiel hochwertigen
höflichkeit importiert individualität indizien infizierten kleinkinder klöster
konjunktur konsistenz kranz langsamen lästig machtlos massenhaft meintest
mexikanischen mineralien musikschule naturwissenschaftlichen nennung niederländisch
norwegischen nunmal oberflächen obigen ordnen ostküste packte pflegte polizistin
positionieren probiere produzierten prädikat quatschen rauben rechtsstreit regelfall
reichten resultierenden rhön sanitäter schimmer schlanke schleier schmaler schwan
seuche sicherheitsgründen solang spielchen spitznamen spurlos späterer
stabilisierung stendal steuererklärung stoss strafverfahren strassenseite stütze
südliche tierischen treiber tätige täuscht valentinstag verbrauchen verbrennung
verdreht verehrung vergebung verkehrsteilnehmer verkraften verkürzen verlange
verlass verstreut verteilte verteilten vertraulich verunsichert verzögerungen
volksverhetzung vorstellungsgespräch vorteilhaft vorweg vorwürfen völlige wange
weiser weltall wendung werdegang westlicher winkt winterspiele zahlte zehnte zeigst
zubereitung zugestellt zwiebel ägyptische überlässt übertreffen abreissen abspielen
achsen alltägliche angebots anregen anzeigt arbeitnehmern arbeitskraft arminia
arrangiert aufwändig aufzulösen auspacken befahl befürchtung begreift behilflich
beiträgt beizutragen bezeichnend bleistift bräutigam bundesminister buntes bussgeld
bürgermeisterin campingplatz cooles darauffolgenden denkmäler deutete drohende
durchbrechen durchgemacht edler eingesetzte einkommens einpacken englischsprachigen
entgangen entsetzen entstehende erfahrungsgemäss erhitzen erlaube erzählten
fachliche faschistischen fassaden feierlichen flugzeugen fracht frauke freistoss
fürn galerien gefälschte geknüpft gekoppelt gepflanzt geplatzt geschaltet gesichtern
gestein gleichsam gottheit grundschulen hingelegt höfe hörspiel imbiss
industrialisierung jahresbericht jauch kassierer kaufmännische kinderbetreuung
kinderzimmer komplizierten konsequente kontaktiert korrekten kreuzfahrt kräftiger
landsleute lausitz letzterem lichts lockerer lokführer manchem masche medialen
mikrowelle mitgliedsstaaten nachweise niederbayern nzz obergrenze ordentlicher
pazifik plötzlichen programmierer prügel qualifikationen ratte redakteure sauberen
scheck schlitten schnappt schreiner schulischen sensibel sitzend sitzplätze sohle
sporthalle stadtentwicklung stellvertretend stoffwechsel stopfen straftäter strick
strukturiert städtchen teufels tischen turnhalle umarmung umbenannt umbruch
uneingeschränkt uraufführung veranstaltete verbotenen verfilmung verführen verführt
vergebens verkehren verl verlags verlasse verlieh verlinkt verlängerte versenden
vertretenen viertelstunde vollends vorgekommen vorgeschriebenen wartezeiten
westdeutsche winken zeigefinger zerbrechen ziege zivil zuschuss zähler übernehme
abgewickelt ablehnt abonnieren abzulenken akw amtlich anfällig angeschlagen
anlaufstelle anpfiff anspricht anständige anzuerkennen aok atomwaffen aufenthaltsort
aufgeschlossen aufzuzeigen ausgerufen ausspricht ausweisen bamberger basierte
bauchschmerzen befohlen befriedigt befund beleuchten belästigen bereitstellen
bergauf beschuldigten beschuss besichtigt beunruhigt bezirksliga bezweifelt boykott
brandschutz briefmarken bundesweiten bwl chinesischer defizit demgegenüber denkens
doktorarbeit dreifache eigenkapital einflussnahme einflüssen eingefangen
eingerichteten eingesehen einkommensteuer einkäufe einsatzbereit einsatzkräfte
einsteiger elternteil engsten enteignung entzündet erfolgs ergänzend erinnerst
ermorden errechnet erworbenen erzeugte exportiert festspiele gebastelt geduldet
gefoltert gefundene gegenüberliegenden gehobenen gehweg genetischen geographischen
gequält gesammelte geschadet geschlechtsverkehr geschätzten gewerbliche gewährte
gezeigten geärgert glaubhaft grundrecht gräben hamburgs handarbeit haube hauptgrund
haushalts hervorrufen herzliche hinlegen hust händchen impfen insgeheim
instandhaltung iranische kaiserreich kalter kanadische katholischer kneipen
konkretes kreisliga kriegsverbrechen krimineller landsberg losgeht lächelnd
lächerliche magazins massgabe mechaniker mehrwertsteuer meissner meistertitel
mittelschule motorradfahrer nachrichtenagentur narbe nordhausen parlamentarier
pfeile photovoltaik portemonnaie preisverleihung radwege ratlos reguliert
reichsbürger respektiere richteten rollenspiel räumlich schachtel scheiterten schied
schiesserei schnellstmöglich schufa schulleiter schwede schwächeren schärfe schöpfen
selbstständigen serben sklavin sonnen soviele speicherung spezialitäten spielerinnen
sportplatz stadtteilen stockwerke systematischen söldner tieres todesursache
trennten triffst trikots turnieren töchtern ungünstig unschuldigen unterirdischen
unterrichts unterstreichen untertanen unterwelt unwissenheit verabredet verbringe
verkleidung vernachlässigen verschärfung vielseitig vizemeister vorläufer
vorzubeugen waffenruhe wahlperiode wechselten weitergeführt wellenlänge wiederfinden
wintersemester wirkende wirkenden wundervollen zitierten zurückkehrt zweige
zweitgrösste zwerge ändere überlebte abflug abgibt abspaltung altersgruppen
angestiegen angriffs anlässen anmerken anschlüsse anspruchsvoll atemzug atmung
aufgeht aufgeschrieben aufgestellten aufwachsen auskünfte auslaufen australier
authentizität automobilindustrie bafög beeinträchtigung belgier benannten
berühmtesten bescheidenen bestätigten botanischen breitet bürgerlich dachboden
diagramm dienststelle dirndl drehten drängte dunkles dämon dümmer düstere ehrt
ehrung eifer eingestiegen entspannte entspannten entzieht erahnen ergehen
ergänzungen erkennst erlangte ernsten ernster erregte erschienene erwartenden eule
europawahl experimentelle fettes forschern füchse garmisch gefolge gegenwärtige
gehindert gelenkt gemeinnützigen geringerer geschriebenen gesegnet gewahrt gewandelt
glückliches gratulation grauer grossteils grosszügige grundsätzen grösserem
göppingen heidenheim heiter hervorgerufen häufigste jahrgänge kanzleramt kaufhaus
kaufleute kommunalwahlen kontinuierliche krankenwagen königlich küchen landesweit
lautes lebenslange lächelte lüften misshandelt missverstanden mittelfeldspieler
mitwirken mitzumachen nachschub naturgemäss natürliches neuling notarzt notwehr
obliegt ortsteilen partnerschaften passwörter protestantischen rabatte rbb
rechtlicher rechtskräftig repräsentanten respektlos sachbearbeiter scherben
schlüpfen schmiede schub schwedens schwiegersohn schwören sicherheits skizze
sommerzeit spezialisierte spitzenkandidat sprachlos stabiler steuerhinterziehung
teuerste traumhaft traurigkeit trennte tropischen täte umständlich unangenehmen
unbegrenzt unerlässlich ungewöhnliches unhöflich unkraut unterzeichnung unwohl
verbrechens vereinbarte verheiratete vermissten verpiss verringerung
verschwörungstheorien verwirklichung verzehr verzeihung vielfaches vollendete
vollgas vorabend vorgabe vorhersagen vorsätzlich vorzeichen wagte warentest
wegweiser weitreichende wortwahl wöchentlichen zeitgemäss zuges zugezogen
zugänglichen zuverlässige ästhetische überarbeitung übereinander übergibt
überschreitet abgerundet abkehr ablösung abrufbar aktivierung amberg andersrum
angeguckt ansehe ansteigen anwältin arbeitslosengeld assoziiert aufenthalts aufhält
auflegen aufständischen aufwärmen aufzuhören augenblicke augenscheinlich ausbreiten
ausgeprägten ausweisung auswirkt bauliche befehlen befolgt bergischen besagten
beschuldigte beschäftige bestelle bevorzuge bewährten blaulicht bruderschaft bumsen
böhmischen charakterisiert dastehen definierte durchkommen einordnen eintragung ekel
epochen erscheinenden ewigkeiten familiäre fassungslos festzulegen finnischen
flüchtigen fussweg gastfreundschaft geerbt geerntet gefährten gehängt gelber genaues
genäht geprägte gerannt gereizt gesamtschule geschriebene geschädigt gespür
gewonnene glich glänzende glücks grausame griechischer grundstücks hauptversammlung
hinterfragt hirten hochhaus hoeness häftling höchstgeschwindigkeit hüte illustriert
jüdisch kacken kaputte kavallerie keime klugen krimis körpergewicht künstlerischer
küstenwache lebensbedingungen legst lehrplan lesungen luftfahrt marktführer
mineralwasser missverständnisse mittelklasse mittwochs möcht mündet nachschauen
negativer neuordnung nächten nächtliche nördliche offenburg ordnete ostfriesland
pankow peinliche plädoyer populären predigen präsentierten pädagogen quantität
quarantäne rangliste regulär restlos ruinieren rumänischen russisches rückfahrt
sanften schadensersatz schenke schlachtfeld schlagartig schmied schmücken schnellere
schwiegermutter sonntagabend spektakuläre spezialität spritzt spvgg steinzeit
strafverfolgung stute tagtäglich tankstellen tickt typischerweise ungewohnt
verbrachten verdächtigt verena vergraben verkäufe verlockend vermächtnis
verschlechterung verschleppt versprechungen verwaltungsgericht vizekanzler vll
vollbracht vorbeikommen vorführung vorgelesen vorräte vorsieht walzer wechselnde
weltrekord wettkämpfe wirkstoff wirtschaften wohlfühlen zertifikate zugefügt
zugelegt zurückzahlen zuschüsse zustellung zweierlei zünden äquivalent übermässig
abgehoben abkürzungen abzunehmen akteuren alarmiert allerhand altersgruppe
amtierenden angelangt ansiedlung anstehen antragsteller anzuziehen arbeitgebern
aufbaut aufgebraucht aufladen aufschluss ausdrücke auseinanderzusetzen ausgehenden
ausgeprägte ausging beantworte befunde behandelte beieinander beobachteten beschützt
betraf betriebskosten betrunkene betrügen betätigung bewusstlos blutig bozen
buchmesse charakteren dargelegt darstellte demut dürre egoistisch eigenständigen
eingangsbereich eingeht einhorn einsperren einstufung einvernehmen elektroauto
elektromobilität entdeckungen erbrechen ereignet ergreift erlös erregen erschöpfung
existierte fachkraft fahrstuhl faulen feinstaub filtern fleiss flächendeckend
fortführung fortpflanzung fotzen frauenquote friedrichshain fränkische frösche
fussballspiel fürsorge gamescom geehrter gegliedert gehauen genialen genutzte
geparkt gerüchten geschehens gescheiterten geschätzte gesicherten gesichts getrost
gewalttätig gezielten goethes grenzwerte grundsätzlichen gründeten grüsst günstigere
harburg hebamme hersfeld häufigen höchstem hüften hündin identitäten illegaler
inakzeptabel interessiere japanischer kantone kindisch koalitionsvertrag kommandeur
komponiert kondome konsumiert lagerfeuer lebenslang luftangriffe machts markierte
marschall marschiert mazedonien milden minimieren muscheln musstest mutmasslich
mühen neugestaltung neuzugang normalfall norweger nächstenliebe näheres olivenöl
onlineshop ordnungsgemäss patrioten pfand pfefferspray pfeiler pflegeheim pfoten
phrasen plötzliche preisgeld pächter päpstlichen rassist rauche registrierte
reibungslos religionsfreiheit rückenschmerzen sachbeschädigung sachverständigen
schaffhausen schwanken schöneres schüttelt sequenz sinngemäss sogenanntes spielplan
spontanen spülen stabilisieren startelf stationäre steckdose stichwahl ständer
suchmaschine suhrkamp tieferen tierisch tierische todestag traditioneller trieben
trümmern täters tübinger türme unbrauchbar unerheblich unheil unnötigen
unvollständig unvorstellbar verborgenen verkäuferin vermarktet vermittelte
verwandter vielerorts volksmusik vorstandsvorsitzender wahlgang wahlprogramm wandeln
westküste wiederhergestellt windräder winterthur wolfenbüttel zeitweilig zelten
zeugs zurückgeführt zusteht übelkeit überfällig übersee abgeliefert abhandlungen
abnimmt abschliessende abwenden ahnt alptraum anfertigen anforderung angeschafft
anklang anvertraut arbeitende arbeitgebers asozial ausarbeitung auseinandergesetzt
ausgebucht ausgedehnte ausgedehnten ausgestorben ausklingen auslöst ausnahmefällen
auszahlen azubi badische baulichen beantragte bediente bedrohlich befriedigung
begnügen belebt bequemlichkeit bergstrasse bestell bitteren buchhändler burkhard
diskutierten dolmetscher drehung dsgvo einfachheit einladungen einlass einmischen
einmündung einzubringen endergebnis entführen entwendet erfurter ernannte
ernsthaften erstem eventuellen fahrschule familienunternehmen fasching fehlerhaft
feierlichkeiten feuern fiktiven flüchtete flüssen forschungs fundierte gauland
gebaute gedankengut gefährliches gefäss gegenstück geimpft geiste geküsst gemietet
gemisch gerichtsbarkeit geschichtliche geschmissen geschäftspartner gewaltsamen
gewillt gewürze gezüchtet goldmedaille grossbritanniens gutmenschen heimliche hohl
holländischen huch hundes hörner innenseite irische iserlohn klopft klüger
kooperiert korrespondenz kreisstrasse kurzgeschichten kürbis lachs landkarte
landtagswahlen lauschen lebensgeschichte lockere löchern markierung miliz missachtet
mitgewirkt mobilisieren mündlich nachspielzeit objektivität offenbaren pauschale
pelz psychiatrischen rathauses rausgehen rausholen rechtmässig regenwald reh
reiseführer rückschlüsse rückzahlung sachverhalte scheuen schimpfen schottischen
schwedisch schöneberg seelische selbsthilfe signalisiert spekuliert spielfilm
spielregeln sprachlichen staatspräsident steck sterbehilfe strafanzeige sulzbach
symbolischen tragende trainingslager umfassendes umgegangen ungefährlich ungewiss
unterfranken unterhielt uralte usern verabreicht verbindliche verbuchen
verfassungswidrig vergeltung verzichte vollidiot vollmond vormals wanderte
wehrpflicht weingut wichtigere widerlegen wiedergeben windeln wohingegen
wunderschöner wählbar zeitlang zugehört zurückgeht zärtlich übersichtlich aarau
abnehmer abonniert absehbarer abtei adels alleingang amerikanisch analogen
anfänglichen angerechnet anheben anschrift anwender anzutreten anzuzeigen
arbeitsstelle asylanten auffällige aufgefasst ausbeute ausgestiegen ausmasse auszüge
bahnhofstrasse bahnhöfe bauarbeiter bauart befallen befreundeten befugnisse
bekanntgabe besagte bevorzugten biblische biergarten buchs bundesweite bverfg
böhmermann charakteristischen diskriminiert durchdacht dächer ehc ehrenamt
eingespielt einzuordnen einzuschätzen entfaltung erfindungen ermutigt erprobt
erzählst exklusiven fachkräftemangel fahrenden fahrlässig feldzug ferienwohnungen
fertigkeiten fossilen freiberg freudig fälschlicherweise fünftel gatten gebissen
geblasen gebüsch geflüchteten gefällig gegenspieler gegönnt gelangweilt geneigt
genötigt geologischen geraumer gerüstet geschlechtern geschult gewerbegebiet glatze
heiligkeit hergestellten himmelfahrt hsg höhepunkte idealerweise implementierung
impliziert inhalts jacken jahrelange kartons kauften klagte konzil kurfürst
körpergrösse landeten lateinisch lebensversicherung lehrers lothringen lübecker
meere mehrkosten merkmalen migräne mitreden morgigen münch nachruf namhafte nebenher
netzes neuerung neunte nischen nobelpreis nordwest notieren oberster paragraphen
pfennig pfingsten polizeilichen polster populäre postkarte postkarten primäre
protestiert reduzierten regisseurin reinheit rohstoff ruprecht sachlichen salzgitter
schall scharia schlechtere schubladen schuldner schulhof schutt schwerter schwuler
seilbahn servus sofortiger sozialversicherung spitzenreiter staatsregierung
stabilisiert startschuss sternchen sympathien tabellenplatz taktische tatbestand
teuersten textilien ticken treuer tschechen tugenden unkompliziert unterirdisch
unterwerfen unweigerlich verhütung verlierst verlinken verlässliche vermeidet
verordnet verprügeln vertauscht verteidigungsministerium vertiefen vorgeschlagenen
vorgestellten vorhänge vorreiter vorsichtiger weigern wettbewerben windkraft winzer
wirtschaftsminister wischen wissenschaftliches wohngebiet würmer zulieferer
zusammengearbeitet zwölften zäh östliche überfluss übergriffen überregional abfluss
abgespielt abhandlung absteiger abstimmungen abstrakten abwasser abweichend
andauernden anführen angebunden angemacht angesteckt angreift anhängen antikörper
arbeiterbewegung assoziation aufzutreten ausreichenden ausreichender auszuprobieren
bamf barfuss barmherzigkeit baukosten bedrohten beerdigt befürchtungen begabung
begehren behutsam beistand beizubringen beliebteste belohnen benachrichtigung berief
bestückt betraut bewundere braunschweiger bushido datenvolumen dauernden deutliches
dreckige durchgeführte eich eingeführten einräumen einstige einzelnes einzuladen
elektronischer elften emanzipation empor erbsen erdboden erdogans erkannten
erläuterung ermittelten ernstfall erzeugnisse fackeln feldes ferienhaus fetzen
feuers freiraum fremdes fussballfans gartens gebührt gedeutet geförderten gentechnik
geputzt geschütze gesicherte gesichtspunkten gesprächs getöteten gewahrsam geworben
gewöhnlicher goldener goslar gottschalk greife grundstücken gruppenphase handhaben
hausnummer heimisch helfern herzegowina heuchler hierauf hiesse hinterlegt hofes
höfen impfstoff instanzen kelch klappte kleiderschrank kleinwagen knabe kollektiven
kommunaler komplizen kongresses konstruieren kreide kriechen kulturgeschichte
kurdischen kuscheln kühlung künstlicher liebend lindern logischen ludwigs lösten
massgeblichen meinungsäusserung mittelfranken mittelschicht modernisiert netzteil
neujahr obmann oettinger ordnungsamt persischen polizeigewalt pressesprecher
präsidentschaft reizt renommierte runterladen rutsch röhren schiss schlosser
schnappen schranke schwarm schwieriges schätzte selbstverteidigung sinnvollen
sinnvolles spektakulären stadtrand statthalter stühlen suspendiert teilnehmerinnen
therapien trockenheit umfangreicher umgebenden umgedreht umstieg ungeklärt
unternehmungen unterzubringen verlangten vermessen vernommen vernünftiger
vernünftiges verschlossenen versetzung verwandlung videospiel vielversprechend
volkshochschule vorschreiben vorstands wachstums wahlberechtigten wandels warschauer
weltwirtschaft wertvolles zeitreise ziemlicher zufällige zugeschnitten zuständen
zutrauen zuwendung zuzulassen zwangsarbeit ähnlichkeiten überarbeitete
übereinstimmen überfüllt übernachtungen übertragenen abgegebenen abgetrennt abrufen
abschlüsse absteigen abzubauen amerikanisches ampeln anbelangt anfange angepisst
angibt annahm anspannung anspielungen anteilnahme arbeiterklasse aufführen
aufgesucht auftrat aufzuheben aufzustehen ausgeweitet ausschnitte aussergewöhnliches
baustein bauwerke beckmann bedauerlich bedeutendste bedingte begrüsse beifahrer
bekanntmachung belehren benennt beschafft beschädigte beteiligungen betätigen
bevorstehende bewacht beängstigend bildergalerie bischen bombardiert brüsten
bundesanstalt bundestags charakteristische chur cäsar dachgeschoss denkweise
dialekte eingeliefert eingepackt eingestehen eiszeit engere enthielten
entschlossenheit erfand erringen ersatzteile evakuierung faule feierliche fersen
feuerwehrmann fingerabdrücke fischerei flüchtet freigeschaltet freispruch freistil
geahndet geburten gefälle gegenwind geistern geistlicher gekippt geklagt geldbörse
gelernte gemässigten genehmigen gerichtsverfahren geschlossener geschrien
geschäftsführerin gestand gestiftet gewährleistung gigantischen günstigste
handschellen hefe herzliches heuchelei hintertür höherem hörbar hübner infolgedessen
journalistische kaffeemaschine kahl kanone kapieren kaufmännischen kissingen
kleidern knöchel kohlenhydrate konsumieren krallen kurdische kälter landeshauptmann
leitenden letztem linkes linzer litern lörrach machthaber mahnmal masern
medizinisches meiningen memmingen menschenverstand mexikanische mittig motivierten
mutigen möchtet mücken münsterland neuheiten niedrigste oberhaupt ortsteile ostens
pascha piratenpartei platzierungen plädiert portionen portugiesischen praktizieren
preuss privatbesitz quadratmetern radsport raums reservieren restauriert
restaurierung rudel räumlichen römischer rückwirkend saiten schaltung
schlussfolgerungen schmerzmittel schmutzigen schnitten schnur schoko schramm
schreitet schränke schwabe schwangeren schwerem schönem seemann selbstverwaltung
siehts skifahren soliden spekulieren spezialisierung spinnt stadtbild stadtpark
standpunkte steigerte stimmzettel strafrechtlich stralsund strassenrand stur stätte
südtiroler taschenlampe terroranschlag teures tiefes trainierte tänze ukrainer
umleitung umzubringen unbeschadet ungesund unrealistisch untergeordnete unterste
verachten vereinigungen verflucht verfügbare verlässlich versteigert verwaltungs
verweigerte verzweifelte vorfahrt vorstadt vorzulegen waffeln weihnachtsbaum
weltlichen widerstands wikinger wirklicher wirtshaus wuppertaler zeh zeitdruck
zeitspanne zerreissen zurückgelassen zurückkehrte zusammengetragen zusammentreffen
zuteil zuzug zweifelt zynisch ästhetischen ökonom abfälle abgerechnet abkühlen
abmessungen achterbahn adern aktualität anleihe anpassungen anstrich ansässig
anzugehen arbeiterpartei archäologen aufziehen ausbrechen ausgangslage ausgebreitet
auszuhalten auszuschalten auszusehen bangladesch beauftragen beeinflussung
beeinträchtigungen befestigen befristet befürchtete beheimatet beschissenen
besorgnis betitelt betreute beweglichkeit bewirbt bgbl biberach billionen bohlen
breisgau bursche chemnitzer darmstädter durchatmen dünger ebenholz einfahren
eingekauft eingliederung einmarsch einreden elfmeterschiessen enthaltene erachtet
erleidet ermittelte errungen erscheinende erstrecken erteilung fahrtrichtung falke
festnahmen folgerichtig folgezeit fortgeschritten frechen frischem frühlings
ganzjährig geahnt gehorchen gemeinen gesamtwertung geschichtlichen
gesundheitszustand greifbar gruben gönnt henker herausstellen hervorgebracht
hinsetzen hochburg häuptling häusliche hölzernen indessen jahreswechsel jugendlich
kaugummi kiez kirchheim kompensiert kristalle kutsche lehm leitlinien lesbar
liebesgeschichte mahnung mangelhaft mehrfacher meissen missachtung moers mühelos
nachforschungen nationalhymne naturwissenschaft neugierde neunkirchen
nichtsdestotrotz niedrigem oberhand permanenten podiumsdiskussion polizeiliche
predigten probanden prozentpunkte putzfrau quittung realistischen reisepass richtern
riester rotenburg rufnummer rückblickend rückschlag sackgasse saugt schanze
schickten schlanken schnapp schweinefleisch schätzungsweise shitstorm spanischer
spielende stadthalle streife supermärkte symbolisiert sympathischer sünder
taktischen taub teilnahmen tempelhof tiefgarage tiergarten tischler trockener
umbauen unbequem unerwünscht unglücklichen unterfangen unverzichtbar
verbindlichkeiten verfassungsgericht verfällt vergab vergessene verhaften verlesen
verlobten vermarkten verriet verschluckt verschulden verwirren vorangetrieben
vorspiel vorziehen wachsender weggehen weicher weitergabe weltgeschichte
weltmeisterschaften wiederkommen wilhelms winterpause wirke wirkungsgrad wohlfahrt
währungen wäscht wöchentliche wüsstest zahnbürste zucken zugehörige zulauf
zusammenkommen zusammensetzen zweifelhaft zweikampf züchten ägypter ökostrom
übermitteln überschätzt aargau abbild abgeschrieben abmahnung abschiebungen abschuss
amtierende anflug angefasst angefordert angelehnt anonymität anruft anspruchsvollen
anstrengen aufgestiegen ausgegraben ausgeraubt auskennt auszeichnet backofen
bahnhofs bahnstrecke bedeute bedrängt begehrten begleichen behandelten beidem
beigetreten beitrags bekräftigt benannte berührte bestreben betriebenen blutungen
briefwechsel bruck büchner darbietung deins denkmals dominierten donnerstags drangen
drehmoment effektivität eigentums einbeziehen eingeführte eingeordnet einmischung
einstellt einzelfällen einzutreten entrichten entwicklungshilfe erfahrener erfährst
erging ergriff erkranken erläuterte eroberte erwirbt erwirtschaftet existierende
fachlichen fehlverhalten festnehmen flexibler fluggesellschaften fluten fotografin
funktionierenden funktionsweise färbt garnichts gedeihen geheimes gelehrte gelenke
gell geländes gesamtbild gesamtzahl geschoss geschädigten geschäftsbereich
geschäftsleitung gesehn gespritzt gesuchte gewalttätigen gewinnst gleisen globaler
grossstädte guttenberg göttlich handwerks heimgesucht herrlicher hieraus hiessen
hocker hähnchen härtesten impressionen intelligenten isch jugendhilfe
justizministerium kapstadt karlheinz karotten kasachstan kaufkraft kiffen kinderbuch
kleist konkurrieren konstruktiven konzepten koordinieren kostengünstig kurzfristigen
langweilige leibliche leuchtende liebevolle lockeren lokales luftballons
lutherischen masturbieren memoiren merseburg milliardär moleküle mysteriöse
männlichkeit nervosität neugeborenen neumünster nichtraucher niederschläge nippel
offensichtliche passiven perücke philosophisch plaudern positionierung preiswert
rechtspopulisten regensburger regte regulieren repräsentativ richters rummenigge
rückführung sachschaden schenkung schilderung schildkröte schimpft schmieden
schnarchen schossen schwerkraft sensiblen separaten seriösen sicherheitsrat
spiritualität spätsommer staatsoberhaupt staatsoper steuerlich steuerte stolzen
stromnetz strukturellen störend stünden suggeriert tatverdächtigen taucher tiefpunkt
tierarten titelseite toben tobt torschütze trauung treffern tschechoslowakei
tödlicher umsatzsteuer umwege unbestimmte unglückliche uninteressant unpassend
unschlagbar unwirksam uvm verfolger vergangener verkackt verliebte vermietung
verrückter verschuldet vertiefung verwaltungsrat verzerrt verziehen vollzug
vorhersage weiterentwickeln weiterleiten weltklasse wertpapiere wettbewerbsfähigkeit
widerstände wiederherzustellen wohlergehen wohlhabenden zehnmal zufälligen zulässige
zutage zutreffen zuzuhören zweifelsfrei zweitligisten ältester übergänge überliess
überraschte übersteigen absätze abtreten aggressiver aktuellem amerikanerin
anschlussstelle ansätzen arbeitszimmer aufnahm aufrechterhaltung aufschlag
aufzählung ausgedehnt ausgespielt ausgibt auslosung aussenbereich auswandern
auszeichnen auszubildenden autohaus bedauert bedeutsam befürworten beidseitig
beisammen belogen bestandsaufnahme beugt bewunderung bewölkt bilderbuch blutung
brandenburgischen brüllt derbe diene dienstags differenzierte dramen durchlesen
dümmste effektiven eigenheim eindringlich einsparungen eisenbahnen endlose energisch
entfernungen entlarvt erlebnissen erliegen erregung ertappt euskirchen exzellenz
fahrradfahrer fahrwerk farbig faszinierende fehle fernverkehr feststellt finanzierte
flügen formalen fortgeschrittenen friedberg friederike furchtbaren fürchtete
gegnerische genaueres gepresst geritten geschaffene gesuchten gesundheitlich
gesundheitssystem gewichte gewissens gleichzeitiger gleiten glänzenden googeln
gotteshaus gotthard hameln harmlose heimspiele heissem herauskommen herausstellt
hergestellte hinsehen hinterhof hocken hosentasche humanitären hüllen indizes
intoleranz irrt islamismus jesuiten klammer kluger komitees kratzt kreaturen kreiert
kugelschreiber landesstrasse leerer lehen leidenschaftliche leisen leitender
leuchtenden lösch machenschaften mandeln maskottchen menschenwürde mietwagen
mitbegründer mmn mutiger nachgeben neuwied norwegische personelle pfiff pforten pfui
plakette polnischer prenzlauer prächtigen rechtsextremisten regelwerk
regierungsbezirk rheine romanischen rumänen rundfahrt sauberer schalker schaufenster
schenkel schifffahrt schnecke schulische schulungen seitz serbischen sonderpreis
sprüchen steuereinnahmen stickstoff strahlend strassenbau stöhnen subjektiven
sympathische taktisch thilo todesfall totschlag treibende trophäe trägern
umgangssprachlich unfreundlich urteils verben verbinde verdichtet vereinfachen
vergewaltigungen verkleinert verlagerung vermischen versetzte verspreche
verzeichnete verzug waschbecken weltkulturerbe wiedergutmachung württembergische
zahlst zeche zielgruppen zugerechnet zusammengeschlossen überbieten überflutet
überlastet überquert überschwemmungen überspringen abgehen ableitung ablösen
abschrecken abzuwenden allermeisten amoklauf anfordern angeführten angemessener
angestrebten anhält anschaffen anstreben antisemitischen anzieht archäologischen
arnsberg aufbewahren aufgearbeitet aufgeladen ausgestattete ausgestatteten
ausnahmezustand aussehende auszumachen ausübt bankrott baur beachtliche beherrschte
bekäme beleben bescheidenheit besorgten bestellten bestärkt bettwäsche bewege
beweismittel bewältigt bindungen blenden bremst bundesagentur bundesligisten
bürgerinitiative charakters chefarzt derartiger dschungelcamp durchbrochen dächern
einlädt eleganz emotionaler engeln entgegenkommen entgelt erfasste erkundigen
erlernt erlöse erneuter erscheinungen etwaigen exemplarisch fachleuten ferienwohnung
festnetz forschungsergebnisse gebrüder gebäck gebürtige gedanklich gedruckte
geflügel gefälschten gefängnisse gefässe gehaltene gehörigen geldwäsche geringes
geschissen geschwätz gespenst gestolpert gewehre gewehrt gewerkschafter gleichwertig
gratuliert hanf hausfrauen hautnah hektisch hiesige hinausgehen hüpfen idealfall
impressum inhaftiert innenpolitik irrsinn islamisierung jusos kassiererin klägerin
knallhart konservativer konzepts kurzfilm kölsch künstlerinnen lebender letzen
lilien loslegen mehrfache mehrheiten miesen milizen mustern nachfolgerin
nationalitäten nationalversammlung naturschutzgebiet naumann nebenjob nennenswerten
neuste neuwagen niederlassungen nötigung peitsche pfarrhaus physikalisch pickel
plauen polizeibeamte potenz prostituierten ragt ratschlag rechnete reinem renovieren
reporterin repräsentation respektvoll rindfleisch rudern rutschte sachsens schauten
schicksale schlagwort schlägen schräge schusswaffen schwiegervater schädigen
selbständigkeit stadtarchiv stromausfall stündlich tabellenführer tageszeitungen
technologischen tiefere trüben türkis umarmt umbauten unangemessen ungehindert
ungeschlagen unterhose unverhältnismässig verbandsliga verdorben verdächtiger
vergleichende verknüpfen verlobt verpflichtete verrechnet verschmelzen versteigerung
verzweifeln volksfest vorbehalte vorbeigehen vorurteil wahrhaft walten wegfallen
weihe weiher weinte wett wiederbelebung winterspielen wirren zehntausend
zeitverschwendung zentimetern zerbrochen ziegel zirkel zwangsweise züchter ägyptens
ärmsten ätzend übe überragend überraschenden überwiegt abbekommen adhs altersklasse
angekündigten anschliessender ansteckend arbeitsvertrag aufprall aufteilen
auftretende ausgesagt ausgrabungen ausschüsse aussenstelle autogramm autsch
bauvorhaben bedenke begründer belag belehrt beläuft bereichs berichts beruhigung
beschimpfen beschneidung beschränkten beschädigung bestechung betrachtungen
betriebene betriebes bezeugen bildungssystem brauchtum bundestagsabgeordnete bündel
bündeln currywurst derartig dorfbewohner dringenden drumherum durchschaut einfrieren
einsparen einzuschränken endlosen entdecker entfliehen entladen entscheid erdmann
erpresst erstochen ertrunken erzherzog erörtert experimentieren fachrichtung
familienmitglied fehlerfrei festigen festplatten fliesen folien frühesten
funktionalität fussballs fürstin geirrt gelehrter gelungener gemeinhin
generaldirektor generellen geregelten getrocknet gewölbe goldenes grausamen grober
grünem gurke heiligabend herausstellte herzschlag hingestellt hinz imstande
isolieren jungfrauen jülich kanals kapitals kaputten klingel klotz kreativer
kreistag kreuznach kulturelles köche kümmere kürzung lehrling lehrlinge malers
markanten meisterin mettmann mitbringt mitfahren mitgehen möchtegern nachtisch
namhaften nenner niederen oberschicht ortskern osteuropäischen personalausweis
pfadfinder pinguine portugiesen prallen psychischer rachen rampenlicht
rechtsradikale resultierende räumte rück rückläufig rücksichtslos schadens schaun
schicksals schlagzeuger seltsames sicherstellung siebziger sinkende sinnlose
solidarisch solls sonn sonnenstrahlen sparten spucken steinbruch stolzer
strassenbahnen streuen stämmen tarifvertrag tauchten therme umgestaltet umgibt
unbestritten unendlichen unfalls ungenau unglaubwürdig ungläubigen unsicherheiten
unsichtbaren unsterblich untergeht untersten untreue unverantwortlich unverbindlich
unversehrt unverständnis verantwortlicher verfechter verfehlte verfickte
verkaufszahlen verlassenen verlobung versauen vertriebenen vertuschen
verwaltungsgebäude verwüstet vorhandensein vorkommnisse wahrnimmt weingarten
weltliche wertet wiederkehrende wirksamen wirtschaftswissenschaften wohnheim wuchsen
zerlegen ziemliche zivilbevölkerung zugeht zumachen zurücklegen zurückzuziehen
zusehends zuwendungen ärztlicher äusseres örtlich übergegangen abdruck abfinden
abfolge abgebrannt abzulegen abzuschaffen altenburg andauernde angesprochenen
angestrebte ansammlung anschliesst antiker anziehungskraft auffordern aufpreis
aufrüstung aufschreiben ausdrucksweise ausgetreten ausgezeichneter austragen
automatisiert baubeginn bauherren bausteine bedanke bedecken begegnete begutachtung
behrens bekanntheit beleidigend bemalt besitzerin bessern betreff betrunkener
betätigt bildungspolitik bundesgebiet bundestagsfraktion chöre derartiges dialektik
differenzieren diäten drucke dtv einbrüche eingearbeitet eingegeben eingeplant
einheitliches einreisen einschätzungen einzubeziehen ellenbogen endstation
entgegenzuwirken entwicklungsländern erfolges erhitzt erreichung erstaunen
europäisch fahrkarte faulheit fettsäuren finanzministerium fliessenden flöten
forscht frauchen freundliches förderungen gebrochenen geburtstags geflüchtete
gegensätze geheissen gekehrt gelockt geländer gemocht gerichtete gerichtlichen
gerüst geschnappt gesetzlicher gewalttaten grausamkeit grinst gänze herauskommt
herkömmliche hohn hunderttausend hunsrück häufen hörbücher hügeln indikatoren
jahrhundertwende jmd jürgens kambodscha kamerad kandidieren kennzahlen kirmes
klopapier kluft koalitionspartner kollegah kontinents kontrahenten krampf
kreisverkehr kulinarische kulmbach kunz kurzum landeskirche lebensende
lebensgefährlich lebhaft leckt leisteten leukämie liebster limitiert
lungenentzündung löschung machtkampf mitstreiter mitteilt modifiziert mächtigsten
mühlhausen nabu nachhaltiger neunziger nichtig nichtmehr niedergelegt notfälle
notwendigerweise ostdeutsche partenkirchen progressiven prägte ratsam rausgekommen
rechtsradikalen rennstrecke republikanischen rissen rohstoffen sachverständige
sagtest sauberes scharfer schiffs schnupfen schwefel schwingungen schwärmen
seelischen segler sicherheitskräfte sichtbarkeit sichtweite sitzplatz socke
solothurn sonstiger sozialarbeiter spaltet speisekarte spielers spielweise spitzname
steigend steuerliche stolpersteine stätten stürme tierpark toleriert tragbar tresen
triebe typus unsre unterwerfung unterzeichneten verbands verdrängung vereinigen
verfassten verschaffte verschollen verursacher verzögern villach visitenkarte
vollidioten vollmacht vorgeben vorgezogen vorjahres vorurteilen wahrhaftig
weggeworfen weglassen wertschöpfung widerspiegelt winzig wismar wissenswertes wüsten
zecken zunehmendem zwanziger ängsten äthiopien überführen übertrifft überzeugende
abbilden abgebildeten abgedruckt absprachen absprechen abwägung achtziger akteur
aktionstag altbau ambulanten angeblicher angeordneten angewachsen anstehende
ansässige antiquitäten anwälten anzuhören asylbewerbern aufbereitet aufbereitung
aufbewahrung auferlegt aufwertung ausdrückt ausschliesst aussehe autorinnen baureihe
bawü bedrohungen beigelegt bekloppt berufsgruppen berüchtigten besiegelt besuchs
betrunkenen bluten brauchbare breiteren brüche bsg bundestrainer bänke böblingen
diplomarbeit direktem disqualifiziert dominierte dreckigen duisburger durchsuchung
düsteren effiziente ehegatten eichel einfangen einkaufswagen einzuholen elterlichen
empfindliche erbschaft erlöst erpressen erstere erwirtschaften fehlerhafte
festgelegte finnische flacher flüchtig flüchtlingslager flüstert freigesetzt
freiheitlichen fremdsprachen fundort förderlich füreinander gebilde gekürt gelähmt
gemüt gemüter genugtuung gerechter gesamtkosten gestank gestreckt getreu gewähr
geöffneten glasfaser gleichgesetzt glühwein grafikkarte günstigeren halbmarathon
handtücher hecken heimatverein hektik hinfahren hochgradig inanspruchnahme inbegriff
informiere ingwer inhaftierten kalkül kasseler katholizismus klarinette klettert
klicke koennen kohlenstoff konzernen kreisverband kretschmann labern langweiligen
leichtem leuchtend liebenden läuten mahnt medienberichten meldeten mithin momentanen
morgenpost mysteriösen mähren mögliches müllers nachdenkt nachgeholt nahtlos
naivität nationalsozialistische neuigkeit niedersächsische nordamerikanischen
norddeutsche nutz nährstoffe oberarzt oberteil ohrringe palästinensischen pilzen
politischem portugiesisch potenziell propagiert punktzahl raumstation registrierten
reichenbach reisten relativiert rollte rundfunks räte saisonstart sandte sanieren
schar schiefer schlaue schlechteren schleichen schwächere sechzehn souveränen
sowjets spezialisierten spärlich staatsstrasse stadtkirche sterbenden stichtag
stipendien stürmt säge tagebücher taugen theologe touristische touristischen
trauriges traute trompeten träne trümmer unbekanntes unentgeltlich unfreiwillig
untergegangen unternehmern unverletzt uralten urteilt verbandsgemeinde verbleibt
verdeckte verehrte vereinzelte verlaufenden verlosung verrecken verschuldung
verschärfen versendet verständigt verwaltungen verwundeten verzehrt verzweifelten
vierer viertes vokabeln vorarlberger vorgelegten vorgeschmack vorkehrungen
vorübergehende wartest wehrdienst weihnachtsfeier weiterführen wernigerode
widerrufen wiss wohnhäuser zahlenmässig zitaten zugelassenen zulässigen zweifle
überlegenen überreichen abartig abdeckung abendmahl abhanden abiturienten abstecher
ackerbau agierte allseits amtsantritt anerkannter angehende angeschlossenen
angetroffen ankündigungen anmachen anstecken ansteht anwärter anzumelden archiven
arrangieren aufgibt augenzeugen ausbildungen auszurichten baltischen barrierefrei
beabsichtigte bedeutungslos beeindruckenden befasste befreite begleiteten
bekanntwerden benutz beruflicher besitzungen betreuten beträchtlich beweggründe
blauem blutes brauchbar breitere briefwahl buchhalter bundesnetzagentur bürgerrechte
chancengleichheit denkmalpflege doppelpack dosierung dringender durchführt
eingestellten eingetragenen einzelfälle ekd enthüllungen erleuchtung eroberten
ersteres erwägt experimentellen faschistische frisuren fruchtbaren funktionär
fördermittel führend gebundene geburtstage gefährdeten geheimtipp gemarkung
gemütliche geraubt gerichteten gerichtliche gestreift geweigert gezockt gings
girokonto gittern grabstein gravierende grenzwert gronkh grossvaters grosszügigen
hauptberuflich hauptfigur hebräischen heiliges heilpraktiker helme hergeben
herrlichkeit herzblut hilfsbereit hinausgeht hofe hurensöhne ilmenau importieren
indirekten internetauftritt irgendwem kack karosserie katastrophal klarkommen
klatsch klimawandels konsolidierung kreieren kulturgut köchin kürzungen lausitzer
legalen lindenberg marzahn menschenmenge merkwürdigen misserfolg miterleben
mitteldeutschland mitverantwortlich montagmorgen morbus motorhaube musikalisches
mögt mücke nachträgliche nachzugehen naturwissenschaftliche netzwerks näherte
oberschule ohnmächtig ostpreussen packe peinlichen phönix pimmel präparate prüfstand
qualitätssicherung quecksilber radikalisierung raimund raschen rationalen
reservierung rhythmen rückten sammelten sauerei schadenersatz scheich schiri schlitz
schmilzt schriftenreihe schulbildung schwaches schärfer schüren sehne seltenes
sicherste sinkenden skandinavischen stammes standardmässig standhalten steigung
stimmungen strafraum strahlte stromerzeugung studentische sukzessive tagungen taufen
tauscht telegramm thematisieren tolerieren trinkst trumpf trägerschaft unbedenklich
unerwarteten unerwünschte ungewissheit unheimliche unregelmässigen unterbrechungen
unternehmensberater unterstrichen veilchen verbrannte verbrennungen verkürzte
verlobte vernehmung verpackungen versinken verstört verstössen versuchter
verweigerung visuellen volksbegehren vollziehen vorbehalt vorbereitete
vorgeschriebene vorsorglich wagners wehrte weiterführenden weltrangliste wettkämpfen
wichtigster wiedergeburt zehntel zeitzeugen zement zensiert zerstörer
zufriedenstellend zufügen zugeständnisse zunft zurückgenommen zusammenstoss
zweifelsohne zäune öffnungen überbrücken überreichte überschaubar üblen abgelegenen
abstiegskampf abstände ahnte akustische aminosäuren andacht angrenzende anständigen
anvertrauen anzumerken arabischer arbeitsgruppen auffälligen aufgerissen aufreissen
ausgerichteten auslegen ausreise baumassnahmen bedingten befriedigend begehrte
beichte bemessen bemängelt benommen benziner berühmtheit beschossen besitzern
bestmögliche bewerbern bewirtschaftung bochumer borken bottrop brauer bräuche buckel
bösewicht bürgers carsharing dampfer delikte detaillierten distanzen drängten
durchmachen durchschauen dämliche echtheit ehepartner eigenartig eigenständigkeit
einfuhr eingeklemmt einschreiten einsehbar einsetzte eintrittskarten einzulassen
einzusteigen enthüllung entwarnung entwürfen ergeht erhoffte erlag erstellten
erwachsenenbildung erwiderte erwähnenswert essenz exzellente fiese fledermaus
frankenberg freigestellt füllte geburtsdatum geburtsort geeignetes
geisteswissenschaften gemeinwohl gemobbt gerammt geschosse geschäftlichen gestürmt
getragene gleichberechtigt gleichgültigkeit grundversorgung gründliche gönne
günstiges hafenstadt hakenkreuz harmlosen hauptteil hausbesitzer hgb hingezogen
hinstellen intensivstation interventionen isolierung jubelt jucken kanalisation
kauen keule klassifiziert konzentrierten korrektheit kraftstoff köder küsschen
landgerichts lanze laufender lautlos legendär leistungsträger literarisch
luxemburger manipulationen matrosen mauerwerk metropolen miene mikroorganismen
mitbestimmung mitbewohnerin miterlebt mitteldeutsche nachdenke nachfahren
nachtschicht naumburg nebenkosten neigungen oberseite offizieren packungen
passagieren pfarrgemeinde pflegekräfte pforte pfälzer preisvergleich prozedur
präsentationen pädagogisch ragen rechnerisch rechtsanwälte regierungschefs reiseziel
reissverschluss rekonstruieren rumänische römern salbe sauberkeit schrein
schulsystem schwerwiegende schwierigsten schwuchtel sechzig seelsorge
selbstständiger sicherheitspolitik siegerin sinnlich solchem sonnig sonntagmorgen
sorgerecht sotschi spiegelbild spielbetrieb steifen stettin steuergelder
strafrechtliche strahlenden streifenwagen strümpfe stücks sympathischen säubern
südseite tausendmal teamkollegen teppiche triff töpfe umwandeln unbedeutend unmengen
unmögliche unterlaufen unterzeichnete unvermeidlich urlaubs verachtet
veranstaltungsort verschiedenste verstärker vertrauter vertretbar videoüberwachung
vizepräsidenten volksmund vorstelle vortragen vorzeitige wahlergebnisse wahllokal
wahnsinns wanderwege wichtigstes widerspiegeln windkraftanlagen wirf wirkliches
wurscht wölfen würfeln zerfällt zimt zpo zubereiten zurückführen zurückgekommen
zurückgetreten zusammenhängt zweigen überfahrt überführung übernachtet überredet
übertragungen abenteurer abgehört abliefern abschätzen absichern abzugrenzen
aktualisierte akuter akzeptierte allergien allgäuer alpinen alsbald altenheim
androhung angefragt ankündigen anrede anstossen anstrengenden ansturm anteilen
assoziationen aufgestellte aufn aufrechtzuerhalten aufschlagen auftauchte
augenblicklich auslassen ausrufezeichen autobauer babelsberg baldige bauherr bauteil
begeisterten beibehaltung beisein beneide benimmt bereitwillig bernburg beschädigen
bestattung bestehendes bestrebt beträchtliche bleibenden bülow computerspiele
deggendorf dekoriert derlei dienstzeit doktortitel doppelmoral dreien durchgezogen
durchsage echtem eingehend eingeschränkte einsetzbar eintauchen einzugreifen
einzuleiten energieverbrauch entnahme entzündungen erbaute erfolgsgeschichte erfülle
erfüllten erhoffen erhöhtes erloschen ermittlungsverfahren erstligisten erstreckte
erträglich eskalieren exportieren fachkräften fahrlässigkeit farblich feindes fkk
fohlen freigeben geblockt geburtshilfe gefährlichsten gefängnissen geförderte
gegebene gehandhabt geheimnisvollen geliehen gepflegten gerichtssaal gerutscht
gesamtbevölkerung geteilten gewaltiger gewinnerin graubünden greif güterverkehr
hallenbad heirate herangehensweise herrchen hierüber himmlische hingeht honecker
hubraum hypothek infizierte inhaltsstoffe instandsetzung jost kapuze karfreitag
karstadt kinderspiel kirchengeschichte kirschen kleidungsstücke kletterte
kombinierte krankenschwestern krems kulturzentrum landratsamt langweilen lebensweg
legalisierung leibe leistungs linkshänder machtergreifung mangelhafte markierten
masterarbeit menschenrechtsverletzungen metalle mieser mindern nachzulesen
netzbetreiber neuregelung nordische obligatorische orientalische osnabrücker
personalien psychologin pöbel qualifizierung raben ratingen rezession ruhiges
schaltete schleunigst schlimmere schläfst schmackhaft schneit schockierend
schriftstellers schulgebäude schweinen schwächsten schämt schönberg sechster
sechziger sehnt seltsamer sicherheitsbehörden sichersten sichtweisen sinnliche
sitzenden spannungsfeld speichert staatsgewalt stattfindende steckten steirischen
sterblichen strauch streicher strände suhl tapferkeit terminkalender terroristischen
tierwelt torten traditionelles träge träumte tummeln ufern ultraschall umfallen
unbeliebt ungeschickt unregelmässigkeiten unsympathisch unterhaltsame unterhielten
unterirdische unternehmensgruppe unumgänglich urteilte veraltete veranlassung
vereinfachung vererbt vergiftung verkleiden verliefen verlängerten versenken
verstopft vielseitige viersen vorbeugen vorherrschaft vorlauf vorzeitigen wasch
wechselwirkung wechselwirkungen weggelassen weihnachtsfest wendepunkt werbespot
wesentliches westafrika wichtigeres wogegen wundere zeiger zeitaufwand
zertifizierung zitiere zschäpe zufahrt zufälle zunimmt zusammenkunft zusammenstellen
zweifelsfall zügel ärgere ästhetisch überbewertet übergeht überwiegenden abfindung
abgeführt abgehängt ableben absetzung abzocke abzusetzen adoptiert aktualisieren
angehöriger angekündigte angenehmes angeschossen ansagen arbeitslosenquote
archäologische aufdecken aufenthaltes auffassungen aufgefüllt aufgestockt aufseher
auftrieb aufwendige ausgelacht ausgepackt ausgewiesenen aussagekraft aussenseite
austreten autohersteller autoindustrie baumes bearbeitete beendeten befristete
behaupteten benachteiligung berühmteste beschlossene beschädigungen bestaunen
besteigen betrugen bewaffneter bewilligung bewusster bezahlst biedenkopf blühende
blütezeit bohrer brannten brustkrebs buchhandel demjenigen doofe dramatischer
dreieinhalb ebner ehefrauen eheleute ehrenmitglied eigentumswohnungen
eigenverantwortung eingeschrieben eingetragene einsammeln einschlag einzureichen
einzuwenden eklat elternzeit entfielen enthusiasmus erdoberfläche erfassten erliess
ermutigen etablierung eulen europaparlament fackel fakultäten feigen fernab
feststeht feuert fixieren flüchtige flüchtlings forchheim freizeitpark frustrierend
funktionale gartenbau gedenkt gefürchtet geheimhaltung gekaufte geklebt geldanlage
gelebte geliebter gemälden genehmigte genossenschaften genozid geregnet gernot
gescheiterte gestohlenen getarnt groll grübeln hackfleisch haltbarkeit haupteingang
heiligtum heimkehr heitere hemmungen herhalten heuss hilfeleistung holländische
häuslichen hüter identische implementiert innovativen internetseiten irakischen
jahrelangen jedenfall kabarettist kenntnissen kleiden kolleg kommerziell konturen
kretschmer kurzgeschichte kürzeste lauch lauern legitimiert lehnten leichtfertig
leim leitbild lenkte lesenswert literaturwissenschaft litten lkws lockern
luftangriff lüdenscheid meeresspiegel mitbewerber mitleidenschaft mitmacht
nachbarland nahost oberland obligatorischen offensichtlichen pegel pharao
polizeieinsatz projektmanagement prominenter putzt qualen raupen reagierten
reinkommen rennfahrer rottweil rändern rückreise rücksprache saatgut sammle schafen
scharfes schickst schilderte schildkröten schmerzhafte schmerzlich schnittstellen
schreckt schultag schutzmassnahmen schwergewicht sendern sensibilität
sicherheitsdienst sicherheitsmassnahmen siegburg sinnlosen sozialstaat spielerin
sprechstunde staatsanleihen staus steglitz stellenangebote steuerrecht stöbern
störte supermärkten teenie therapeutischen tierhaltung tölz umfassender umgehung
umsehen unterbau unterbunden unternehmung unterschrieb unvermittelt veralteten
verehrer verfilmt verglich verheirateten verhör verkündigung verlages verneint
verwerten vollenden voranzutreiben vorgeschlagene vorhersehbar vorkommenden
vorletzte vorprogrammiert vorzug vorzüglich wanderten weisung weitsprung
werbeagentur wertes widersprach widersprochen wog wohnungsmarkt zuhört zukünftiger
zunichte zurückblicken zurückzugeben zynismus zölle älteres ökumenischen
österreichisches übereinstimmt überlaufen übernachtung abgedreht abgefeuert
abschreiben abwegig akkordeon alledem altersarmut angesehenen angestrengt animiert
ankamen anlässe anschaue antwortest argentinischen aufgenommenen aufmarsch
ausgeschöpft ausgewechselt ausschreibungen aussichtslos autoritären bangen befragte
begabt begebenheiten begräbnis belaufen beliefert bequeme beraterin beschädigten
besiedelt betrachteten bielefelder bietigheim billiges blutet brauereien brutalität
brühe buchung bundesverfassungsgerichts bürgersteig christof damaliger dazugehörige
debakel deprimierend desweiteren dolch domäne dualen durchschnittsalter eckardt
eckart eigenständiges eigtl eindrücken einseitigen einzugsgebiet ellwangen entgeht
entschärfen erarbeitete erarbeitung erfindet erkämpft erlösen ersparnisse erstattung
ertönt erwärmt erzieherin europäern explodierte flüssigen französisches freust
friedrichstrasse frieren fälschungen gebiets gebliebenen gefangener geflossen
gefühlten gegenwehr gekauften geladenen geldpolitik gelenk gemeindehaus
gemeindeverwaltung gemeinsamkeit gemeistert generäle geprügelt gesandten
geschlachtet gesellschaftliches gesponsert gesänge gewandert geänderten gnädig
grenzgebiet gräbern halbiert handynummer hauptaufgabe heimatort heimweh herrschende
hervorheben hetzt hinfällig hinschauen hinzukommen härtere inszenieren inzest
irmgard irreführend isolierte jahrtausend kaltem kirchengemeinden klatsche klängen
kochbuch kohlendioxid kontinuierlichen krankenpfleger kritisierten kundgebungen
köpenick körpersprache leitner lichtjahre lieferant linearen luftdruck maschen
massieren meerschweinchen mietpreisbremse mitschuld mobilisiert moderieren
montagabend morgenstunden musizieren mülltonne nahrungsmitteln nationalistischen
nationalparks nervensystem netzen neuartige neukirchen neuwahl nicken northeim
nützlichen ohrfeige ortsvorsteher ortszeit partizipation patientinnen peripherie
pferdes plündern preisgeben preussens prächtige prüfe rausgeschmissen
rechtsgrundlage rechtsschutz renditen rücklagen rückruf sachlage sanfter schalt
schizophrenie schleicht schlosspark schluckt schreckliches schriftführer schusswaffe
schwarzmarkt sequenzen siegerehrung simulieren spitzenkandidaten sprecht staatliches
streckt studentinnen suchmaschinen synchronisiert südostasien tanzte temporäre
territorien therapeutin trauerfeier traumatisiert tuchel täler töte türmen uelzen
umkehren unabhängiges ungewollt ungewöhnlicher unglaubliches unschön unsinnig
untergeschoss unterschlupf unterschreibt verdauung verdienter vereinbarkeit
verhängnis verkehrsminister verkehrsmitteln verkehrte verkommen verlegenheit verrate
verschleiss verschmelzung versperrt verwechslung vielseitigkeit villingen
vollständiges vorarbeiten vorder vorhandener vorteilen völligen warb wasserkraft
weilheim weitergehende widerstandes widmung wiederkehrenden wortwörtlich wuerde
zahllose zauberhafte zivilcourage zugehörig zugetraut zungen zurücknehmen
zusammengebrochen zusammenhängende zusammenlegung ärmer überarbeiten überdosis
überschriften übertrug überwältigend üppig abgefangen abgetragen ablagerungen
abspielt adligen alkoholkonsum altersklassen altmodisch anklicken anleitungen
anpacken arbeitsamt aserbaidschan aufdringlich aufeinandertreffen aufgeschlagen
aufregende auges ausgelastet auswanderung auszuweichen bachelorarbeit bedeutendes
behaart beiderseits beisitzer bequemen beratungsstelle beschnitten beweglichen
beziehe bezwungen bildlich bildnis bildungseinrichtungen blickfeld blitze bohrungen
brüsseler bundesrates böhme bügeln dahingestellt datenverarbeitung deklariert
diskrepanz dreiviertel drogenhandel dummerweise eckhard eheschliessung einatmen
einbinden einfachere eingerichtete eingewechselt einigem einlösen einzufangen eitel
empirischen endspurt energieeffizienz enges entpuppt entscheidest entstammt
entstehungsgeschichte entwarf enzyklopädie erding erkennbaren erkundet erreiche
erwischte erz externer fahrverbot feuerzeug finster fledermäuse fleissigen fluchen
fokussieren fortbestand freizügigkeit friedensvertrag friedhelm fritsch garantierte
gefestigt gegrillt gelblich gemeinte genüsslich geplündert geschmacklos geschüttelt
gespült getippt gleichbedeutend gleichungen gläsern grandiosen grenzenlos gruft
grundsicherung handlungsbedarf harmonischen hegen heikel heimreise hilfreiche
himmlischen hinrunde hinterbliebenen hopfen humanistischen höhenmeter illustrierte
industriegebiet iraner jahrelanger jegliches juwel kaff kandidiert kanzel
kaufvertrag kitzbühel klassenkameraden klassifizierung knopfdruck kreuzungen kripo
küss ladys landesebene leeres leises leitungswasser lernens liberalisierung lutschen
länderspiele machs mahl marburger meisterwerke minimalen mitkommen mittelfinger
mützen nachmachen nervige neuburg nickt nordseite nuancen panisch phantasien
polizeibeamten prall pranger promovierte präferenzen raubüberfall raupe rausfinden
rechtsaussen redlich regierte regierungs reinziehen rekrutiert relativen
rettungswagen rhetorische rieche rosinen rottenburg rutsche ränge sachlichkeit
schadstoffe schatzmeister scherer scherze schiebe schlapp schleim schränkt schufen
schulleitung schwachstellen schwänzen schädigung schüssen seitliche sicherten
siegreich signifikanten sozialdemokrat staatsarchiv stadtmauer standesamt starrt
stiche stichworte stiefvater stolpern stpo tatverdächtige telefonbuch tellerrand
thiele umlage unbezahlbar unermüdlich universitätsbibliothek unlängst
unmissverständlich unterbewusstsein unterstellung urbanen uschi verblüfft verdammter
verfügten verheerenden verhört verirrt verkürzung vermehrung vermuteten verpacken
verpasse verpflichtend verstrickt vertrete verunsichern verwachsen vorführen
vorhergehenden vorherrschenden wackeln wahlsieg weckte weinbau weinend weisswein
werkzeugen westerwald wetters widerfahren wiederherstellen wirfst wohlgemerkt
wohlwollend wütende zahnpasta zeichne zerbricht zitronen zugestanden zusammensetzt
zustandekommen zuständigkeiten zuverlässiger zuzusehen zählung zündet überlegte
allerersten altersheim andeuten anerkennt anfallenden angehängt angepasste
angestossen ansprechend aufgefangen ausgerichtete ausgestellten ausserirdische
auszubilden auszulösen auszunutzen authentische awo bedarfs bedingungslos befugnis
begründungen begünstigen benachrichtigen bescheidene bescheinigung beschissener
besiegten betroffener bevölkerungsgruppen bewahre bezwingen biegt britisch
bundesministeriums böller bühler dauernde depressiven dichtungen diskutierte
dorothee draxler dämlichen einfall einflussreiche einfordern eingefahren eingefroren
einjährigen einlage eintraf einzuziehen elfenbein empfindlichen endeten endung
englisches ergänzende erlöser erworbene erwägen europapokal exakten exzellent
fernhalten festhält feuchter fingerabdruck flüssige forschungsprojekt fröhliches
gaststätten gegentor geklingelt geldgeber geläufig gemeinschaftlich gemeldeten
gemütlicher genialer geniess germanische geschichtsschreibung geschleudert
geschmiert geschworen geschäftsordnung gestiegenen gestrickt gesundheitsamt
gewachsenen gewendet gewährung gleichzeitige gliedert grossmeister grundbesitz
hamann handwerklich herzogtum heutiges hierhin hochdeutsch humorvoll hölzerne
inbegriffen inszenierte journalistischen jva kfw kindertagesstätte kindesalter
kleineres knüpft kommandos korrupten kotze kraftvoll krankheitsbild kriminalpolizei
krippe krumm kupplung lebendiger leitern leuchte leugnet lieferbar luftraum
ländereien löse mailänder massstäben mindeste mithelfen mittwochabend münchens
nachgelassen neisse neugründung normalem orchesters parteichef personellen
politikwissenschaft polizeipräsident portugiesische primären professionalität puncto
radeln radtour realitäten rechnungswesen redakteurin reichskanzler reinschauen
rostocker röcke saum schaffner schamlos schaukeln scheide scheissdreck scheisst
schlanker schleudern schmieren schnelleren schrumpft schulkinder schwerpunkten
schädliche schädlichen seelsorger selbstdarstellung sicherheitslücken silbe
sommersemester spielenden spielminute spirituellen sportlern sprengung stammspieler
stattliche steinfurt steuergeldern stiehlt strahlende sträucher stürzten tarnung
taschentuch teilnimmt tiefste trauert trierer umkehr umstrukturierung unangebracht
unmenschlich unsterblichkeit untergraben unwürdig verborgene verdauen vergiften
vermochte verschärfte verunsicherung vielfältiger vierteln vorantreiben vorgesetzte
vorgibt vorverkauf wanderweg weltuntergang westermann widerruf willkommene woll
wolltet wünschten württembergs zaren zinssatz zuckt zurückgehalten zweijährigen
überregionale übersetzte abendlandes abschliesst abteil abwanderung abwehrspieler
abwertung anfreunden angemerkt anhaben antlitz antrat anzüge arbeitskollegen
assistenz atemberaubend attackieren aufzusuchen ausdrückliche ausführt ausgehandelt
aushilfe ausliefern aussagt ausweiten befehlshaber befruchtung behielten behinderter
beil benachrichtigt berufswahl bescheinigt besteck betriebswirtschaftslehre
bewohnten bewussten bisserl blitzschnell boomt brockhaus bulgarischen bundesamtes
bundesbürger defekten dividenden dreifachen durchzogen ehemaliges einbildung
eindeutiger eingerechnet eingespart eingriffen eingänge einschnitt einschüchtern
einwirken elfriede ellbogen emsland enttäuschungen ergangen erlegen ermöglichten
errang ersetzte erwärmen erzeuger erzieherinnen estg ewiger ewiges fahrerlaubnis
fahrrädern ferkel fernzuhalten festigkeit filz finanzierten flechten fleissige
flüstern fragwürdige frühes fundamente fussballspielen fässer führungskraft
gegenüberstehen gegoogelt gehetzt geistiges gelaber geringerem geschäftliche
geschäftsleute gespeist gewichtung gewissenhaft gezeigte giftigen gleichgesinnten
gleichzusetzen gliedmassen gläschen grieche groschen gurt handwerkern haufenweise
hebammen hebräisch heizöl heruntergeladen herzstück hilfestellung hindeuten
hochzeitstag hohle hupen höchstpersönlich höxter inszenierungen interaktiven
interessantesten interkulturelle internationalem internetpräsenz jahrgangs
juristischer kassette klöckner knackig kognitiven kopfes kreatives kreuzzug
kritisches kroatischen kämmerer kästen käuflich küsste lackiert lebensformen
lebenssituation leichtere leidenschaftlicher lemgo markierungen massenmedien
missbrauchs mitarbeiters mitgespielt mittelwert moinmoin moralischer mutmasslicher
mwst möbeln möhren nachbildung naturforscher neubrandenburg niedergelassen notlage
ortsgruppe parlamentswahl parlamentswahlen pfarrers pokalsieger polizeibericht
pralinen preussischer prinzessinnen protestantische prozessoren publizieren
quadratkilometer raubt raue rechtens rechtsstaatlichkeit rechtswissenschaft
regisseure reibt reiht reisebüro rennens repräsentant republikanische resultieren
rosenkranz sauren schaffens schaufeln schert schiess schleusen schornstein schotter
schuljahres schwesig schüttelte seelisch selbstwertgefühl serbische sinnbild speise
spione sprachwissenschaft spreewald staatsmann stadtmitte stehn sternwarte stetige
stolberg stromberg studiengebühren ständiges stürmisch säugling tanze
terroranschläge thunfisch tilgung tochtergesellschaft umgeleitet umschalten
umverteilung unabdingbar ungehorsam ungestraft universitäts unproblematisch unsern
unsicheren unstimmigkeiten unwesen urwald veganen verankerung verbleibende
vergriffen verpassten versandkosten versaute verschlungen versinkt vieleicht
vollzieht vorhergesagt vorsichtshalber vorstellte vorstände wackelt waisenhaus walde
weigerung weilburg weltbank weltreise wimpern wohnhaft zahlungsmittel zahnärzte
zange zeiträume
""".split()
)


def generate() -> str:
    """Return the source of this module, its word list computed afresh from wordfreq."""
    import inspect
    import sys

    import wordfreq

    found = [
        w
        for w in wordfreq.top_n_list("de", TOP)
        if len(w) >= 3
        and w.isalpha()
        and max(wordfreq.zipf_frequency(w, lang) for lang in OTHERS) < MAX_ZIPF
    ]
    return with_words(inspect.getsource(sys.modules[__name__]), found)


def with_words(source: str, words: list[str]) -> str:
    """Return a generated word module's source with its WORDS block holding `words`."""
    head, _, rest = source.partition('WORDS = frozenset(\n    """\n')
    _, _, tail = rest.partition('""".split()')
    lines, line = [], ""
    for w in words:
        if len(line) + len(w) + 1 > 84:
            lines.append(line)
            line = ""
        line += (" " if line else "") + w
    lines.append(line)
    return head + 'WORDS = frozenset(\n    """\n' + "\n".join(lines) + '\n""".split()' + tail


if __name__ == "__main__":
    print(generate(), end="")
