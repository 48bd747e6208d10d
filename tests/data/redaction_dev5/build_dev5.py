"""Build the fifth German PII redaction development corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev5/build_dev5.py

This is a DEVELOPMENT set: it may be read, run and tuned on. It was written without sight of the
redactor, its benchmark or the other corpora, and it aims at the hard cases of German name and
address redaction: names in running text without a salutation, lower-case names in informal
mail and chats, nicknames, names at the start of table rows and list lines, in CC lines, after
"i.A." and "gez.", in file names and subject lines, possessives, initials with surnames,
hyphenated surnames, surnames and first names that are also German words, names of many
origins (also in Cyrillic, Arabic and Chinese script), and addresses in many shapes (one-line,
table cells, c/o, apartment and floor additions, addresses abroad). The PII-free texts are full
of traps: streets, schools, prizes and foundations named after persons, firms named after their
founders, nouns that are also surnames, place names, plan and paper numbers, office contacts.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions of this set:
  - salutations, titles and roles ("Herr", "Frau", "Dr.", "Familie", "RAin", "KHK") stay
    outside a PERSON span; name particles that belong to the surname ("von", "van der", "Al-",
    "del") are inside it;
  - "Nachname, Vorname" and "Wagner, J." are one PERSON span; initials with a surname
    ("J. Wagner") are one span; nicknames, lower-case names and user handles are PERSON;
  - a genitive "s" stays outside the span ("Frau [[P:Özdemir]]s Antrag"); a name inside a
    file name is one span over the name parts ("Antrag_[[P:Schmidt_Karin]].pdf");
  - a name in another script is its own PERSON span next to the Latin spelling;
  - a name inside an e-mail address is annotated only as part of the EMAIL_ADDRESS;
  - names of natural persons are annotated wherever they occur, staff members included, also
    inside the trade name of a sole trader ("Malerbetrieb [[P:Vogel]]"); the address, phone,
    e-mail, tax and register numbers of a sole trader are personal;
  - a private address is split into STREET_ADDRESS (street, house number and any addition such
    as "Whg. 7", "/ Hinterhaus", "3. OG links") and LOCATION (postal code and town); abroad the
    same; places of birth are LOCATION;
  - a staff member's direct line and personal mailbox are personal; switchboards, functional
    mailboxes and addresses of authorities, firms, law firms and associations are not (many are
    listed under ``keep``);
  - Steuer-ID, Steuernummer and USt-IdNr. of a natural person are DE_TAX_ID; file, customer,
    household and case numbers of a citizen's matter are DE_AKTENZEICHEN (the cue stays
    outside); council papers, plan numbers and IT tickets are not personal;
  - only dates of birth are personal; letter dates, deadlines and dates of events are not.

Checks: offsets reproduce the span text, spans do not overlap, Steuer-IDs (§ 139b AO) and IBANs
(ISO 13616 MOD 97) are valid, Rentenversicherungsnummern carry a valid check digit, ID-card
numbers use the ID-card alphabet, every keep phrase occurs outside all spans, and every further
occurrence of an annotated string (and of every name part of 3+ letters) is annotated as well,
unless explicitly allowed.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from redaction_markup import Corpus  # noqa: E402

OUT = HERE / "corpus.jsonl"
CORPUS = Corpus()
pii = CORPUS.pii
clean = CORPUS.clean

# ---------------------------------------------------------------------------------------------
# Documents with personal data
# ---------------------------------------------------------------------------------------------

# 1
pii(
    "formal_letter",
    """
[[P:Nguyen Thi Lan]] und [[P:Tran Van Minh]]
[[STR:Hauptstr. 12a]]
[[LOC:44869 Bochum]]

Stadt Bochum
Bürgerbüro Wattenscheid
Saarlandstraße 36
44866 Bochum

Bochum, 9. März 2026

Betreff: Ummeldung Familie [[P:Nguyen]] – Umzug innerhalb der Stadt

Sehr geehrte Damen und Herren,

wir sind zum 1. März 2026 von der [[STR:Bahnhofstraße 81]] in die oben genannte Wohnung
umgezogen. Mit uns zieht unsere Tochter [[P:Nguyen Bao Chau]], geb. [[DOB:17.10.2019]], um. Meine
Schwiegermutter [[P:Pham Thi Hoa]] bleibt in der alten Wohnung wohnen.

Die Wohnungsgeberbestätigung unseres Vermieters, Herrn [[P:Dieter Sommer]], liegt bei. Einen
Termin im Bürgerbüro konnten wir online leider nicht buchen. Bitte rufen Sie mich unter
[[TEL:0234 / 58 41 927]] an oder schreiben Sie an [[MAIL:lan.nguyen87@gmx.de]].

Mit freundlichen Grüßen
[[P:Nguyen Thi Lan]]

Anlagen: Wohnungsgeberbestätigung, Kopie Personalausweis
""",
    ["Bürgerbüro Wattenscheid", "Saarlandstraße 36", "1. März 2026", "Wohnungsgeberbestätigung"],
)

# 2
pii(
    "email_informal",
    """
Von: [[MAIL:tobias.krueger@stadt-essen.example]]
An: [[MAIL:dragana.ilic@stadt-essen.example]]
Betreff: re: kita-gutscheine

hi dragana,

hab vorhin mit [[P:marlene]] aus der wirtschaftlichen jugendhilfe telefoniert, die gutscheine für
die ganztagsplätze sind raus. wie [[P:jannik]] schon sagte, fehlt bei zwei familien noch die
einkommensbescheinigung – das sind familie [[P:brandt]] aus altenessen und der vater von [[P:mila]]
([[P:sascha]] hat den namen, ich find ihn grad nicht).

kannst du das morgen im teammeeting ansprechen? ich bin ab 14 uhr im homeoffice, handy
[[TEL:0171 4423918]].

gruß, [[P:tobi]]
""",
    ["kita-gutscheine", "wirtschaftlichen jugendhilfe", "teammeeting", "altenessen"],
)

# 3
pii(
    "forwarded_chain",
    """
Von: [[P:Wagner, Julia]]
Gesendet: Dienstag, 3. Februar 2026 10:14
An: Wohngeldstelle
Cc: [[P:Kowalski, Marek]]; [[P:J. Brenner]]; Sachgebiet 50.2
Betreff: WG: Antrag Wohngeld – Frau [[P:Özdemir]] – Unterlagen unvollständig

Hallo zusammen,

laut [[P:Kowalski]] fehlt in Frau [[P:Özdemir]]s Antrag weiterhin der Nachweis über das Kindergeld.
Ich habe die Akte ([[AZ:WG-2026-00318]]) auf Wiedervorlage 17.02. gesetzt.

Gruß
[[P:J. Wagner]]

-----Ursprüngliche Nachricht-----
Von: [[P:Kowalski, Marek]]
Gesendet: Montag, 2. Februar 2026 16:52
An: [[P:Wagner, Julia]]
Betreff: Antrag Wohngeld – Frau [[P:Özdemir]]

[[P:Julia]], kurze Info: Frau [[P:Ayşe Özdemir]] ([[STR:Dorstener Str. 140]], [[LOC:44809 Bochum]]) hat heute
am Schalter nachgereicht: Mietvertrag, Lohnabrechnungen Nov–Jan. Kindergeldbescheid hat sie
nicht dabei, sie bringt ihn nächste Woche. Ihr Sohn [[P:Emir]] ist inzwischen volljährig und
zählt ab März nicht mehr zum Haushalt.

Telefon laut Antrag: [[TEL:0152-29 81 44 03]]

[[P:MK]]
""",
    ["Wohngeldstelle", "Sachgebiet 50.2", "Wiedervorlage 17.02.", "Nachweis über das Kindergeld"],
)

# 4
pii(
    "web_form",
    """
Online-Formular „Antrag auf Erteilung eines Anwohnerparkausweises“ – Export vom 12.01.2026, 08:41

Vorgangsnummer: [[AZ:APA-2026-004117]]
Bewohnerparkzone: K3 (Kreuzviertel)

Nachname: [[P:Hoffmann-Yilmaz]]
Vorname: [[P:Leonie]]
Geburtsdatum: [[DOB:1987-04-03]]
Straße, Hausnummer: [[STR:Straße des 17. Juni 114]]
PLZ, Ort: [[LOC:48147 Münster]]
E-Mail: [[MAIL:leonie.hy@posteo.de]]
Telefon (tagsüber): [[TEL:+49 251 98 76 540]]
Amtliches Kennzeichen: [[KFZ:MS-LH 4087]]
Fahrzeughalter/in: Antragstellerin selbst
Zahlungsart: SEPA-Lastschrift
IBAN: [[IBAN:DE94 3705 0198 6745 8803 10]]
Kontoinhaber/in: [[P:Leonie Hoffmann-Yilmaz]]

Hinweis der Antragstellerin: Das Auto ist auf mich zugelassen, wird aber überwiegend von meinem
Partner [[P:Deniz Yilmaz]] gefahren.

Gebühr: 30,00 EUR jährlich
Übermittelt von IP-Adresse: [[IP:91.64.137.22]]
Einwilligung Datenschutzerklärung: ja
""",
    [
        "Anwohnerparkausweises",
        "Bewohnerparkzone: K3",
        "Kreuzviertel",
        "30,00 EUR",
        "SEPA-Lastschrift",
    ],
)

# 5
pii(
    "csv_export",
    """
Kita-Vormerkliste Kita Sonnenblume, Stand 02.02.2026 (Export aus Little Bird)
Nachname;Vorname;Geburtsdatum;Anschrift;Betreuungsbeginn;Umfang;Geschwisterkind
[[P:Fischer]];[[P:Paula]];[[DOB:14.03.2023]];[[STR:Am Hang 3]], [[LOC:34119 Kassel]];01.08.2026;45 Std.;nein
[[P:Koch]];[[P:Linus]];[[DOB:02.11.2022]];[[STR:An der Kirche 7]], [[LOC:34130 Kassel]];01.08.2026;35 Std.;ja
[[P:Vogel]];[[P:Frieda]];[[DOB:29.06.2023]];[[STR:Wilhelmshöher Allee 201, 2. OG]], [[LOC:34121 Kassel]];01.09.2026;25 Std.;nein
[[P:Bauer]];[[P:Ben]];[[DOB:18.01.2023]];[[STR:Goethestr. 44]], [[LOC:34119 Kassel]];01.08.2026;45 Std.;nein
[[P:Abdi]];[[P:Hamza]];[[DOB:07.07.2022]];[[STR:Frankfurter Str. 9b]], [[LOC:34121 Kassel]];01.08.2026;45 Std.;ja
[[P:Wolf]];[[P:Mark]];[[DOB:23.12.2022]];[[STR:Querallee 12]], [[LOC:34119 Kassel]];sofort;35 Std.;nein
""",
    ["Kita-Vormerkliste", "Kita Sonnenblume", "Little Bird", "Betreuungsbeginn", "45 Std."],
)

# 6
pii(
    "ocr_scan",
    """
JOBCENTER GELSENK1RCHEN   Standort Buer
Goldbergstraße 12 · 45894 Gelsenkirchen

Herrn
[[P:Ahmad Sha1 Rahimi]]
[[STR:Horster Strafse 25 a]]
[[LOC:45897 Ge1senkirchen]]

BG-Nummer: [[AZ:36202//0047811]]       Datum: 19.O1.2026
Ihr Zeichen: –      Kunden-Nr.: [[AZ:362D091477]]

Einladung zum persönlichen Gespräch

Sehr geehrter Herr [[P:Rahimi]],

bitte kommen Sie am Mittwoch , 28.01.2026 um 09:30 Uhr in das Jobcenter , Zimmer 2.14 .
Bitte bringen Sie lhren Pass ( Nr. [[PASS:P04471293]] ) und die Unterlagen zu lhrem Sprachkurs mit.
Ihre Ehefrau , Frau [[P:Zahra Rahimi]] , ist ebenfalls eingeladen.

Wenn Sie ohne wichtigen Grund nicht kommen , kann das Bürgergeld gemindert werden
(§ 32 SGB II).

Mit freund1ichen Grüfsen
Im Auftrag
[[P:Schu1te-Brinkmann]]
Tel. [[TEL:0209 60 75-4 12]]
""",
    ["Goldbergstraße 12", "Zimmer 2.14", "§ 32 SGB II", "Einladung zum persönlichen Gespräch"],
)

# 7
pii(
    "phone_memo",
    """
Telefonnotiz – Ordnungsamt, Gewerbeangelegenheiten
Datum/Uhrzeit: 04.03.2026, 11:20
Angenommen von: [[P:Kühn]]

Anrufer: [[P:Bauer]], Vorname nicht genannt, Inhaber „Imbiss am Markt“ ([[STR:Marktplatz 4]])
Rückruf unter: [[TEL:0 17 6 / 33 42 19 08]]

Anliegen: Herr [[P:Bauer]] will die Außengastronomie ab April um vier Tische erweitern. Laut
[[P:Engel]] aus der Sondernutzung braucht er dafür einen neuen Antrag, der alte Bescheid gilt nur für
acht Tische. Er fragt außerdem, ob sein Schwager [[P:Kemal Aydın]] den Imbiss vertreten darf, wenn er
im Mai im Urlaub ist – Stellvertretungserlaubnis nach § 9 GastG?

Erledigung: Formular Sondernutzung per Mail geschickt an [[MAIL:imbiss.bauer@t-online.de]].
Rückruf durch [[P:Engel]] zugesagt bis Freitag.
– [[P:kü]]
""",
    ["Außengastronomie", "Sondernutzung", "§ 9 GastG", "Gewerbeangelegenheiten"],
)

# 8
pii(
    "chat",
    """
Teams-Chat „Team Meldewesen Mitte“

08:02 [[P:jens.pfister]]: moin, wer macht heute den schalter 3?
08:04 [[P:Dragana Ilić]]: ich, bis 12. danach [[P:Fatma]]
08:05 [[P:jens.pfister]]: ok. der herr von gestern (ausweis abgelaufen, [[P:Lindqvist]]) kommt um 9 nochmal
08:05 [[P:jens.pfister]]: die alte ausweisnr war [[ID:LZ6311T47]], der neue liegt schon in der ausgabe
08:07 [[P:Dragana Ilić]]: hab gestern mit [[P:svenja]] aus der ausländerbehörde gesprochen, sie schickt die
        fiktionsbescheinigung für frau [[P:Okonkwo]] direkt an uns
08:09 [[P:Fatma Demir]]: 👍 bin um 12 da. bringt jemand kuchen mit? [[P:paule]] hat geburtstag
08:10 [[P:jens.pfister]]: wird erledigt 🎂
""",
    ["Team Meldewesen Mitte", "schalter 3", "fiktionsbescheinigung", "ausländerbehörde"],
)

# 9
pii(
    "lawyer_letter",
    """
Kanzlei Brandes & Okafor Rechtsanwälte
Königsallee 61 · 40212 Düsseldorf
Tel. 0211 86 32 90-0 · kanzlei@brandes-okafor.example

Landeshauptstadt Düsseldorf
Amt für Migration und Integration
Willi-Becker-Allee 7
40227 Düsseldorf

Unser Zeichen: [[AZ:117/26 NO]]
Ihr Zeichen: [[AZ:32-4-2025-ER-8812]]
Düsseldorf, 16.02.2026

Mandant: Herr [[P:Yonas Tesfamariam Ghebremedhin]], geb. am [[DOB:12.05.1990]] in [[LOC:Asmara]]
Antrag auf Erteilung einer Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn [[P:Ghebremedhin]] vertreten; eine auf uns lautende Vollmacht liegt
bei. Unser Mandant wohnt unverändert unter der Anschrift [[STR:Kölner Landstraße 302, Zimmer 14]],
[[LOC:40591 Düsseldorf]] (Gemeinschaftsunterkunft).

Wie Ihnen bekannt ist, wurde unserem Mandanten mit Bescheid des BAMF vom 08.12.2025 subsidiärer
Schutz zuerkannt. Seine Ehefrau, Frau [[P:Senait Kidane]], und die gemeinsame Tochter [[P:Hermela]]
halten sich derzeit noch in Kampala auf; ein Antrag auf Familiennachzug folgt gesondert.

Wir bitten um Mitteilung eines Termins zur Vorsprache. Herr [[P:Tesfamariam Ghebremedhin]] ist
über unsere Kanzlei erreichbar; eine Telefonnummer unseres Mandanten teilen wir nicht mit.

Mit freundlichen Grüßen

[[P:Nkechi Okafor]]
Rechtsanwältin
""",
    [
        "Kanzlei Brandes & Okafor Rechtsanwälte",
        "Königsallee 61",
        "kanzlei@brandes-okafor.example",
        "Willi-Becker-Allee 7",
        "§ 25 Abs. 2 AufenthG",
    ],
    allow=("Okafor",),
)

# 10
pii(
    "court_letter",
    """
Amtsgericht Leipzig
– Betreuungsgericht –
Bernhard-Göring-Straße 64, 04275 Leipzig

Geschäftsnummer: [[AZ:503 XVII 1184/25]]
Leipzig, 23.01.2026

In der Betreuungssache
[[P:Krause, Hannelore]], geb. [[DOB:24.07.1968]],
wohnhaft [[STR:Lützner Str. 81, Hinterhaus 2. Stock]], [[LOC:04177 Leipzig]],
derzeit Helios Park-Klinikum Leipzig

Betreuer: Herr [[P:Uwe Krause]] (Bruder), [[STR:Am Sportforum 9]], [[LOC:04105 Leipzig]]
Verfahrenspflegerin: Rechtsanwältin [[P:Carola Henning-Sauer]]

wird der Stadt Leipzig, Betreuungsbehörde, Gelegenheit zur Stellungnahme binnen drei Wochen
gegeben (§ 279 Abs. 2 FamFG). Die Betroffene bezieht eine Erwerbsminderungsrente;
Versicherungsnummer [[RV:15 240768 K 01 5]] laut Rentenbescheid. Der Sohn der Betroffenen,
[[P:Marcel Krause]], hat telefonisch mitgeteilt, dass er die Betreuung nicht übernehmen kann.

[[P:Lehmann]], Richterin am Amtsgericht
""",
    [
        "Amtsgericht Leipzig",
        "Bernhard-Göring-Straße 64, 04275 Leipzig",
        "Betreuungsbehörde",
        "§ 279 Abs. 2 FamFG",
        "Helios Park-Klinikum Leipzig",
    ],
)

# 11
pii(
    "police_letter",
    """
Polizeipräsidium Dortmund
Direktion Verkehr – Verkehrsunfallaufnahme
Markgrafenstraße 102, 44139 Dortmund

An die Stadt Dortmund
Tiefbauamt – Straßenunterhaltung

VU-Nr.: [[AZ:VU 0719/26/0412]]
Sachbearbeiter: PK [[P:Stefan Hahn]], Durchwahl [[TEL:0231 132-4417]]

Mitteilung über einen Verkehrsunfall mit Beschädigung städtischen Eigentums

Am 21.02.2026 gegen 17:45 Uhr kam auf der B 54 (Höhe Ausfahrt Hacheney) ein Pkw von der
Fahrbahn ab und beschädigte zwei Leitplankenfelder sowie ein Verkehrszeichen 274.

Fahrzeug 1: VW Golf, amtl. Kennzeichen [[KFZ:DO-KW 2281]]
Fahrzeugführer: [[P:Kevin Wolff]], geb. [[DOB:09.03.2001]], [[STR:Westfalendamm 166]], [[LOC:44141 Dortmund]]
Halterin: [[P:Petra Wolff]], gleiche Anschrift
Versicherung: HUK-COBURG, Vers.-Nr. [[AZ:KH 882 571 903]]

Zeugin: Frau [[P:Małgorzata Zielińska]], [[TEL:0157 38 19 22 40]]

Der Fahrzeugführer gab an, einem Reh ausgewichen zu sein. Bitte beziffern Sie den Schaden und
wenden Sie sich zur Regulierung direkt an die Versicherung.
""",
    [
        "Polizeipräsidium Dortmund",
        "Markgrafenstraße 102, 44139 Dortmund",
        "Verkehrszeichen 274",
        "HUK-COBURG",
        "B 54",
    ],
)

# 12
pii(
    "standesamt",
    """
Standesamt Hannover – Anmeldung der Eheschließung
Niederschrift vom 05.03.2026, Trauzimmer im Neuen Rathaus, Trammplatz 2

Erschienen sind:

1. [[P:Agnieszka Wiśniewska]], geb. [[DOB:30.11.1993]] in [[LOC:Olsztyn]] (Polen), polnische
   Staatsangehörige, ausgewiesen durch Reisepass Nr. [[PASS:EK4718293]], wohnhaft
   [[STR:Podbielskistr. 288]], [[LOC:30655 Hannover]], ledig

2. [[P:Dimitrios Papadopoulos]] ([[P:Δημήτριος Παπαδόπουλος]]), geb. [[DOB:02.08.1989]] in
   [[LOC:Thessaloniki]] (Griechenland), griechischer Staatsangehöriger, ausgewiesen durch
   Reisepass Nr. [[PASS:AN7710493]], wohnhaft ebenda, geschieden

Die Ehe von Herrn [[P:Papadopoulos]] mit Frau [[P:Eleni Papadopoulou]], geb. [[P:Georgiou]], wurde durch
Urteil des griechischen Landgerichts (Polymeles Protodikeio) vom 14.06.2022 geschieden; die
Anerkennung nach § 107 FamFG ist nicht erforderlich. Das Ehefähigkeitszeugnis der Verlobten wurde
vom zuständigen polnischen Standesamt (Urząd Stanu Cywilnego) ausgestellt.

Gewünschter Termin: Freitag, 19.06.2026, 11:00 Uhr
Namensführung: Die Verlobten bestimmen den Namen „[[P:Papadopoulos]]“ zum Ehenamen; die Verlobte
führt künftig „[[P:Wiśniewska-Papadopoulos]]“ (Begleitname vorangestellt).
Trauzeugen: keine

Unterschriften der Erschienenen
Standesbeamtin: [[P:Iris Tamm]]
""",
    [
        "Anmeldung der Eheschließung",
        "Trammplatz 2",
        "§ 107 FamFG",
        "Ehefähigkeitszeugnis",
        "Urząd Stanu Cywilnego",
    ],
)

# 13
pii(
    "kita_letter",
    """
Städtische Kindertageseinrichtung Regenbogen
Ostpreußenweg 14 · 33607 Bielefeld · Tel. 0521 51-4380 (Büro)

Liebe Familie [[P:Hahn]],

[[P:Mia-Sophie]] hat sich in den ersten drei Wochen schon gut eingelebt. Sie spielt am liebsten in
der Bauecke mit [[P:Peter]]s Sohn [[P:Anton]] – die beiden sind inzwischen unzertrennlich. Frau
[[P:Sommer]] hat im Eingewöhnungsgespräch am Montag erwähnt, dass Sie für [[P:Mia-Sophie]] eine
Betreuung bis 16:30 Uhr wünschen. Dafür brauchen wir bis zum 31. März einen geänderten
Betreuungsvertrag (45 Wochenstunden).

Bitte beachten Sie außerdem: Abholen dürfen nur Personen, die auf der Abholliste stehen. Bisher
sind eingetragen: [[P:Daniel Hahn]], [[P:Stefanie Hahn]], Oma [[P:Gisela Brockmann]]
([[TEL:0521 88 31 07]]). Wenn auch [[P:Mia-Sophie]]s Patenonkel abholen soll, tragen Sie ihn bitte
mit Namen ein.

Viele Grüße aus dem Regenbogen
[[P:Sandra Sommer]] (Gruppe Igel) und [[P:Yusuf]] (Anerkennungspraktikant)
""",
    [
        "Städtische Kindertageseinrichtung Regenbogen",
        "Ostpreußenweg 14",
        "0521 51-4380",
        "45 Wochenstunden",
        "Abholliste",
    ],
)

# 14
pii(
    "school_letter",
    """
Geschwister-Scholl-Gesamtschule
Städtische Gesamtschule der Sekundarstufen I und II
Am Schulzentrum 5, 45657 Recklinghausen

Frau
[[P:Nadine Winter]]
[[STR:Dortmunder Str. 233 b]]
[[LOC:45665 Recklinghausen]]

Recklinghausen, 10.02.2026

Unentschuldigte Fehlzeiten Ihres Sohnes [[P:Ben Winter]], Klasse 7b, geb. [[DOB:27.09.2013]]

Sehr geehrte Frau [[P:Winter]],

[[P:Ben]] hat seit den Winterferien an elf Schultagen unentschuldigt gefehlt (Aufstellung anbei).
Klassenlehrer [[P:J. Fuchs]] hat Sie am 28.01. telefonisch nicht erreicht. Ich lade Sie und [[P:Ben]]
daher zu einem Gespräch am Donnerstag, 19.02.2026, 14:00 Uhr, Raum A 104 ein. Die
Schulsozialarbeiterin, Frau [[P:Kaya-Lindemann]], nimmt ebenfalls teil.

Sollten die Fehlzeiten anhalten, bin ich nach § 41 SchulG NRW verpflichtet, das Ordnungsamt zu
informieren.

Mit freundlichen Grüßen
gez. Dr. [[P:Renate Albers]]
Schulleiterin
""",
    [
        "Geschwister-Scholl-Gesamtschule",
        "Am Schulzentrum 5, 45657 Recklinghausen",
        "Winterferien",
        "§ 41 SchulG NRW",
        "Raum A 104",
    ],
)

# 15
pii(
    "bauamt_letter",
    """
Bezirksamt Friedrichshain-Kreuzberg von Berlin
Abteilung Stadtentwicklung – Fachbereich Bauaufsicht
Yorckstraße 4–11, 10965 Berlin

Architekten Partnerschaft Nordlicht mbB
z. Hd. Herrn Dipl.-Ing. [[P:Mark Hansen]]
Boxhagener Straße 18
10245 Berlin

Geschäftszeichen: [[AZ:BWA 2025/1873]]
Berlin, 27.01.2026

Bauvorhaben: Ausbau des Dachgeschosses, [[STR:Karl-Marx-Allee 55 / Hinterhaus]], [[LOC:10243 Berlin]]
Bauherren: [[P:Giuseppe Russo]] und [[P:Rosaria Russo-Esposito]]

Sehr geehrter Herr [[P:Hansen]],

zu dem Bauantrag Ihrer Mandanten fehlen noch: der Standsicherheitsnachweis, die Zustimmung der
unteren Denkmalschutzbehörde (Ensemble Karl-Marx-Allee) und die Nachbarunterschrift der
Eigentümerin des Vorderhauses, Frau [[P:Hildegard Rosenbaum]].

Herr [[P:Russo]] hat am 20.01. persönlich vorgesprochen und mitgeteilt, dass er die Wohnung im
Dachgeschoss selbst beziehen will. Er ist unter [[TEL:0162 / 7 19 48 33]] erreichbar; seine
Ehefrau bittet um Schriftverkehr ausschließlich über Ihr Büro.

Bitte reichen Sie die Unterlagen bis zum 27.03.2026 ein (§ 69 Abs. 2 BauO Bln).

Im Auftrag
[[P:Schöttler]]
""",
    [
        "Fachbereich Bauaufsicht",
        "Yorckstraße 4–11, 10965 Berlin",
        "Architekten Partnerschaft Nordlicht mbB",
        "Boxhagener Straße 18",
        "Ensemble Karl-Marx-Allee",
        "§ 69 Abs. 2 BauO Bln",
    ],
)

# 16
pii(
    "ordnungsamt",
    """
Stadt Chemnitz – Ordnungsamt – Bußgeldstelle
Düsseldorfer Platz 1, 09111 Chemnitz

Anhörung im Bußgeldverfahren
Aktenzeichen: [[AZ:OWi 5.2-118734/26]]

Frau
[[P:Svetlana Morozova]] ([[P:Светлана Морозова]])
[[STR:Straße der Nationen 12, Whg. 41]]
[[LOC:09126 Chemnitz]]

Ihnen wird vorgeworfen, am 14.02.2026 um 10:12 Uhr in Chemnitz, Brückenstraße Höhe Hausnummer
10, als Halterin des Pkw mit dem amtlichen Kennzeichen [[KFZ:C-SM 719]] im eingeschränkten
Halteverbot geparkt zu haben (§§ 12, 49 StVO; Tatbestandsnummer 112262). Verwarnungsgeld:
25,00 EUR.

Falls nicht Sie, sondern eine andere Person gefahren ist, teilen Sie uns bitte deren Namen und
Anschrift mit. Im Begleitschreiben vom 18.02. hatten Sie angegeben, dass Ihr Sohn [[P:Artjom]]
([[P:Артём Морозов]]) das Fahrzeug nutzt; bitte nennen Sie sein Geburtsdatum.

Zahlung bis 10.03.2026 auf das Konto der Stadtkasse unter Angabe des Aktenzeichens.
""",
    [
        "Bußgeldstelle",
        "Düsseldorfer Platz 1, 09111 Chemnitz",
        "Tatbestandsnummer 112262",
        "25,00 EUR",
        "Brückenstraße Höhe Hausnummer",
    ],
)

# 17
pii(
    "invoice",
    """
Malerbetrieb [[P:Vogel]] · Meisterbetrieb · Inh. [[P:Thomas Vogel]]
[[STR:Gewerbering 7]] · [[LOC:79112 Freiburg im Breisgau]]
Tel. [[TEL:07664 61 22 80]] · Mobil [[TEL:0170 9 31 44 82]] · [[MAIL:info@maler-vogel-freiburg.de]]

Stadt Freiburg im Breisgau
Amt für Schule und Bildung
Fehrenbachallee 12
79106 Freiburg

Rechnung Nr. 2026-014                                   Datum: 26.02.2026
Ihre Bestellung: BANF 4500217736 vom 12.01.2026
Leistungsort: Lessing-Realschule, Klassenräume 2.01–2.06

Pos. 1  Wände spachteln und schleifen, 420 m²            à 6,80 €      2.856,00 €
Pos. 2  Dispersionsanstrich weiß, 2-fach, 420 m²         à 5,20 €      2.184,00 €
Pos. 3  Türzargen lackieren, 6 Stück                     à 48,00 €       288,00 €
Nettobetrag                                                            5.328,00 €
zzgl. 19 % USt.                                                        1.012,32 €
Gesamtbetrag                                                           6.340,32 €

Zahlbar innerhalb von 14 Tagen ohne Abzug auf:
IBAN [[IBAN:DE73 7605 0101 1710 1043 55]] · Sparkasse Freiburg-Nördlicher Breisgau
Steuernummer [[TAX:06/458/31427]] · USt-IdNr. [[TAX:DE287461093]]

Ausführung: Geselle [[P:Luca Marino]] und Azubi [[P:Timo]]; Abnahme durch Hausmeister Herr [[P:Stegmann]]
""",
    [
        "Amt für Schule und Bildung",
        "Fehrenbachallee 12",
        "Lessing-Realschule",
        "BANF 4500217736",
        "6.340,32 €",
    ],
)

# 18
pii(
    "attendee_list",
    """
Anwohnerversammlung zur Umgestaltung des Hansaplatzes
Ort: Bürgerhaus Dortmund-Eving, Deutsche Str. 27 · Datum: 11.03.2026, 18:00 Uhr

Teilnehmendenliste (nur für den internen Gebrauch, Löschung nach 3 Monaten)

Nr. | Name, Vorname | Anschrift | Kontakt für Rückfragen
1 | [[P:Fuchs, Heinz]] | [[STR:Hansaplatz 3]] | [[TEL:0231 85 44 19]]
2 | [[P:Schulte, Brigitte]] | [[STR:Hansaplatz 3]] | –
3 | [[P:Adeyemi, Oluwaseun]] | [[STR:Evinger Str. 118, 3. OG rechts]] | [[MAIL:seun.adeyemi@yahoo.com]]
4 | [[P:Engel, Maximilian]] | [[STR:Bergstr. 2a]] | [[TEL:0176 20 93 71 56]]
5 | [[P:Petrović, Jelena]] | [[STR:Hansaplatz 11]] | [[MAIL:j.petrovic@web.de]]
6 | [[P:Krasniqi, Valon]] (Sprecher Initiative „Hansaplatz lebt“) | – | [[MAIL:info@hansaplatz-lebt.de]]
7 | [[P:Nowak]] (Vorname unleserlich) | [[STR:Deutsche Str. 40]] | –

Von der Verwaltung: [[P:Kirsten Rehberg]] (Stadtplanungsamt), [[P:Olaf Tietz]] (Tiefbauamt)
Moderation: Büro Stadtgespräch GmbH
""",
    [
        "Anwohnerversammlung zur Umgestaltung des Hansaplatzes",
        "Deutsche Str. 27",
        "Löschung nach 3 Monaten",
        "Büro Stadtgespräch GmbH",
        "Stadtplanungsamt",
    ],
)

# 19
pii(
    "minutes",
    """
Niederschrift über die 14. Sitzung der Bezirksvertretung Mitte am 25.02.2026

TOP 2 Einwohnerfragestunde

Herr [[P:Hartmut Fuchs]] ([[STR:Am Hang 3]]) beklagt, dass der Gehweg vor seinem Haus seit dem Frost
im Januar nicht mehr begehbar sei; seine Frau sei dort gestürzt. Die Verwaltung sagt eine
Prüfung durch das Tiefbauamt zu.

Frau [[P:Olga Bauer]] fragt, warum der Spielplatz an der Konrad-Adenauer-Straße seit Oktober
gesperrt ist. Bezirksbürgermeisterin [[P:Ehlers]] antwortet, dass die Ersatzteile für das
Klettergerüst (Hersteller Kompan) erst im April geliefert werden.

Ein Anwohner der Wolfsgasse, der seinen Namen nicht nennen möchte, bittet um Tempo 30.

[[P:Jan-Hendrik Wolf]] (Schülervertretung Anne-Frank-Gymnasium) überreicht eine Unterschriftenliste
mit 412 Unterschriften für einen sicheren Schulweg.

TOP 3 Mitteilungen der Verwaltung – Drucksache 2026/0117 wird zur Kenntnis genommen.

Für die Richtigkeit: [[P:C. Pietsch]], Schriftführerin
""",
    [
        "Bezirksvertretung Mitte",
        "Konrad-Adenauer-Straße",
        "Wolfsgasse",
        "Anne-Frank-Gymnasium",
        "Drucksache 2026/0117",
    ],
)

# 20
pii(
    "staff_note",
    """
Aktenvermerk                                          Az.: [[AZ:50.3-SH-2209/25]]

Betr.: Hilfe zum Lebensunterhalt – [[P:Mustafa Şahin]], geb. [[DOB:01.01.1958]]

Heute erschien Herr [[P:Şahin]] mit seiner Tochter [[P:Derya Şahin-Kurt]] (Dolmetscherin, familiär) in
der Sprechstunde. Er teilt mit, dass seine Frau [[P:Hatice]] am 02.02.2026 verstorben ist und er
nun allein in der Wohnung [[STR:Gartenstraße 17, EG links]] lebt. Miete unverändert 412,00 EUR
warm.

Der Rentenbescheid (Altersrente, Versicherungsnummer [[RV:12 010158 S 000]]) wird nachgereicht.
Hinweis: Witwerrente ist noch nicht beantragt → Antragsformular R0500 mitgegeben.

Weiteres Vorgehen: Bescheid ab 01.03. neu berechnen, Bestattungskosten nach § 74 SGB XII prüfen.

gez. [[P:Sommer]]
i.A. [[P:Schmitz]] (Vertretung SGL)
""",
    ["Hilfe zum Lebensunterhalt", "412,00 EUR", "§ 74 SGB XII", "Bestattungskosten"],
)

# 21
pii(
    "email",
    """
Von: [[P:Mohammed Al-Hassan]] <[[MAIL:m.alhassan1979@gmail.com]]>
An: familienkasse-anfragen@arbeitsagentur.example
Betreff: Kindergeld für meine Kinder / Kindergeldnummer [[AZ:312FK461205]]

Sehr geehrte Damen und Herren,

ich heiße [[P:Mohammed Al-Hassan]] ([[P:محمد الحسن]]) und wohne seit 2019 in Saarbrücken. Im
Dezember sind meine Frau [[P:Rania Al-Hassan]] und unsere beiden Kinder [[P:Lana]] (geb.
[[DOB:04.06.2015]]) und [[P:Yousef]] (geb. [[DOB:19.09.2018]]) über den Familiennachzug aus [[LOC:Aleppo]]
gekommen. Wir wohnen zusammen in der [[STR:Mainzer Straße 77]], [[LOC:66121 Saarbrücken]].

Mein Bruder [[P:Khaled]] hat mir gesagt, dass ich das Kindergeld rückwirkend beantragen kann. Stimmt
das? Meine Steuer-ID ist [[TAX:67024798518]], die von meiner Frau [[TAX:35641875298]]. Die
Steuer-IDs der Kinder sind noch nicht da.

Bitte antworten Sie auf Deutsch oder Englisch, Arabisch lese ich auch.

Vielen Dank
[[P:Mohammed]]
[[TEL:0160 93 11 58 24]]
""",
    [
        "familienkasse-anfragen@arbeitsagentur.example",
        "Familiennachzug",
        "rückwirkend beantragen",
        "Deutsch oder Englisch",
    ],
)

# 22
pii(
    "email_attachments",
    """
Von: [[P:Dariush Farahani]] <[[MAIL:d.farahani@posteo.de]]>
An: einbuergerung@stadt-nuernberg.example
Datum: 11.02.2026 21:37
Betreff: Nachreichung Unterlagen Einbürgerung – Vorgang [[AZ:EB-34-2025-1162]]

Guten Abend,

wie am Telefon mit Ihrer Kollegin besprochen, sende ich die fehlenden Unterlagen für mich und
meine Tochter [[P:Shirin]]:

  Antrag_[[P:Farahani_Dariush]].pdf (unterschrieben)
  Geburtsurkunde_[[P:Farahani_Shirin]]_uebersetzt.jpg
  Scan_20260211_Einkommen_[[P:Farahani]].pdf
  Leben_in_Deutschland_Zertifikat.pdf

Meine Frau [[P:Maryam Rezaei]] ([[P:مریم رضایی]]) stellt ihren Antrag erst später, weil ihr
B1-Zertifikat noch fehlt. Geboren bin ich am [[DOB:21.03.1984]] in [[LOC:Schiras]], nicht in
Teheran, wie es versehentlich in der Eingangsbestätigung steht.

Meine neue Anschrift ab 01.03.: [[STR:Fürther Str. 212]], bei [[P:Nikolaidis]], [[LOC:90429 Nürnberg]].

Mit freundlichen Grüßen
[[P:D. Farahani]]
""",
    [
        "einbuergerung@stadt-nuernberg.example",
        "Leben_in_Deutschland_Zertifikat.pdf",
        "B1-Zertifikat",
        "Eingangsbestätigung",
        "Teheran",
    ],
)

# 23
pii(
    "web_form",
    """
Gewerbe-Anmeldung (GewA 1) – Online-Dienst, Übermittlung an Gewerbeamt Mannheim
Eingangsnummer: [[AZ:GEW-MA-2026-03318]]   Eingang: 02.03.2026 14:55

Feld 1  Name: [[P:Popescu]]
Feld 2  Vornamen: [[P:Ionuț-Alexandru]]
Feld 4  Geburtsdatum: [[DOB:09.03.1980]]
Feld 5  Geburtsort, -land: [[LOC:Craiova]], Rumänien
Feld 6  Staatsangehörigkeit: rumänisch
Feld 7  Anschrift der Wohnung: [[STR:Neckarauer Str. 96, 4. OG]], [[LOC:68199 Mannheim]]
Feld 8  Telefon: [[TEL:0621 / 43 87 19 02]]   E-Mail: [[MAIL:popescu.renovari@gmail.com]]
Feld 11 Betriebsstätte: wie Wohnung
Feld 15 Angemeldete Tätigkeit: Trockenbau und Fliesenlegerarbeiten (zulassungsfreies Handwerk)
Feld 17 Beginn der Tätigkeit: 01.04.2026
Feld 20 Zahl der Beschäftigten: 1 Teilzeit (Ehefrau [[P:Mihaela Popescu]])
Steuer-Identifikationsnummer: [[TAX:30759282647]]
Anlage: Kopie Personalausweis Rumänien, Nr. [[PASS:RX 0418732]]

Bestätigung: Ich versichere die Richtigkeit der Angaben. – [[P:I. A. Popescu]]
""",
    [
        "Gewerbe-Anmeldung (GewA 1)",
        "Gewerbeamt Mannheim",
        "zulassungsfreies Handwerk",
        "Trockenbau und Fliesenlegerarbeiten",
    ],
)

# 24
pii(
    "auslaenderbehoerde",
    """
Landkreis Göppingen – Ausländerbehörde
Lorcher Straße 6, 73033 Göppingen

Herrn
[[P:Arben Krasniqi]]
[[STR:Heininger Str. 41]]
[[LOC:73037 Göppingen]]

Ihr Antrag auf Verlängerung der Aufenthaltserlaubnis (§ 18a AufenthG)
Unser Zeichen: [[AZ:32.2-KRA-070588]]

Sehr geehrter Herr [[P:Krasniqi]],

Ihre Aufenthaltserlaubnis läuft am 31.03.2026 ab. Für die Verlängerung fehlen uns noch:

– ein gültiger kosovarischer Reisepass (der bisherige, Nr. [[PASS:P01733941]], ist abgelaufen),
– eine aktuelle Arbeitgeberbescheinigung der Fa. Schwäbische Kunststofftechnik GmbH,
– die Meldebescheinigung Ihrer Ehefrau, Frau [[P:Besa Gashi]], sowie der Kinder [[P:Dren]] und [[P:Erza]].

Frau [[P:Gashi]] kann ihre Unterlagen auch allein einreichen; ihr Termin ist am 12.03.2026 um
8:15 Uhr, Zimmer 017. Bitte bringen Sie für jede Person ein biometrisches Foto mit.

Mit freundlichen Grüßen
i.A. [[P:Vesna Kühnle]]
Sachbearbeiterin, Durchwahl [[TEL:07161 202-4418]], [[MAIL:v.kuehnle@lkgp.example]]
""",
    [
        "Lorcher Straße 6, 73033 Göppingen",
        "§ 18a AufenthG",
        "Schwäbische Kunststofftechnik GmbH",
        "Zimmer 017",
        "biometrisches Foto",
    ],
)

# 25
pii(
    "jugendamt",
    """
Stadt Bremen – Amt für Soziale Dienste – Beurkundungsstelle

Niederschrift über die Anerkennung der Vaterschaft
UR-Nr. [[AZ:214/2026]]

Vor der Urkundsperson [[P:Anke Friedrichsen]] erschienen heute, ausgewiesen durch Reisepässe:

Herr [[P:Chukwuemeka Eze]], geb. [[DOB:15.05.1979]] in [[LOC:Enugu]] (Nigeria), nigerianischer
Staatsangehöriger, wohnhaft [[STR:Am Wall 164]], [[LOC:28195 Bremen]], Reisepass Nr. [[PASS:A07718243]],

und Frau [[P:Akosua Mensah]], geb. [[DOB:3.1.1992]] in [[LOC:Kumasi]] (Ghana), ghanaische
Staatsangehörige, wohnhaft [[STR:Vegesacker Heerstr. 23, App. 7]], [[LOC:28757 Bremen]].

Herr [[P:Eze]] erklärt: Ich erkenne an, der Vater des Kindes [[P:Ama Chiamaka Mensah]], geboren am
[[DOB:28.01.2026]], zu sein.

Frau [[P:Mensah]] erklärt: Ich stimme der Anerkennung zu.

Der Vater wurde darauf hingewiesen, dass die Anerkennung nach § 1597a BGB nicht missbräuchlich
erfolgen darf. Die Niederschrift wurde vorgelesen, genehmigt und unterschrieben.
""",
    ["Amt für Soziale Dienste", "Beurkundungsstelle", "Anerkennung der Vaterschaft", "§ 1597a BGB"],
)

# 26
pii(
    "email",
    """
From: [[P:Wang Xiaoming]] <[[MAIL:wangxm2003@163.com]]>
To: buergerservice@stadt-aachen.example
Subject: Anmeldung Wohnung / 住址登记 – appointment

Sehr geehrte Damen und Herren,

mein Name ist [[P:Wang Xiaoming]] ([[P:王小明]]), ich bin Student an der RWTH (Maschinenbau, 1.
Semester). Ich wohne seit 15.02.2026 im Studierendenwohnheim Rütscher Straße,
[[STR:Rütscher Str. 165, Zimmer 1108]], [[LOC:52072 Aachen]].

Ich habe keinen Termin bekommen, alle Termine bis April sind voll. Mein Visum ist nur bis
30.04.2026 gültig und die Ausländerbehörde braucht die Meldebescheinigung. Mein Mitbewohner
[[P:Li Hao]] hat gesagt, man kann auch ohne Termin kommen – stimmt das?

Passnummer: [[PASS:EJ4419072]]
Geburtsdatum: [[DOB:2003/11/08]]

Vielen Dank und freundliche Grüße
[[P:Xiaoming]] (please call me [[P:Max]])
WeChat/Tel.: [[TEL:+49 1521 7730 418]]
""",
    [
        "buergerservice@stadt-aachen.example",
        "Studierendenwohnheim Rütscher Straße",
        "RWTH",
        "Meldebescheinigung",
        "30.04.2026",
    ],
)

# 27
pii(
    "quoted_reply",
    """
Sehr geehrter Herr [[P:Pereira]],

vielen Dank für die Unterlagen. Die Vermieterbescheinigung ist leider nicht vollständig: Es fehlt
die Unterschrift Ihrer Vermieterin. Bitte lassen Sie das Formular von Frau [[P:Ruiz López]]
unterschreiben und reichen Sie es bis 20.03.2026 nach.

Mit freundlichen Grüßen
[[P:Jessica Brandl]]
Wohngeldbehörde – Team 3
Stadt Regensburg, D.-Martin-Luther-Str. 3, 93047 Regensburg

> Am 02.03.2026 um 18:04 schrieb [[P:João Pereira]] <[[MAIL:joao.pereira.rgb@outlook.de]]>:
>
> Guten Tag Frau [[P:Brandl]],
>
> anbei der Wohngeldantrag für mich und meine Frau [[P:Ana Luísa Pereira]]. Wir wohnen zur Miete bei
> Frau [[P:María del Carmen Ruiz López]], [[STR:Kumpfmühler Str. 52, 1. Stock]], [[LOC:93051 Regensburg]].
> Unsere Vermieterin wohnt in Spanien ([[STR:Calle de Alcalá 147, 3º B]], [[LOC:28009 Madrid]]), darum
> dauert die Unterschrift etwas. Mein Arbeitgeber (Krones AG) hat die Verdienstbescheinigung
> direkt geschickt.
>
> IBAN für die Auszahlung: [[IBAN:DE06 7015 0000 2326 5583 50]]
>
> Obrigado und viele Grüße
> [[P:João]]
""",
    [
        "Wohngeldbehörde – Team 3",
        "D.-Martin-Luther-Str. 3, 93047 Regensburg",
        "Vermieterbescheinigung",
        "Krones AG",
        "20.03.2026",
    ],
)

# 28
pii(
    "steuer_letter",
    """
Stadt Mainz – Amt 20 Finanzen – Steuerabteilung
Postfach 3820, 55028 Mainz

Frau
[[P:Francesca Bianchi]]
[[STR:Kaiser-Wilhelm-Ring 12]]
[[LOC:55118 Mainz]]

Hundesteuerbescheid 2026
Kassenzeichen: [[AZ:5.2200.718341.7]]

Sehr geehrte Frau [[P:Bianchi]],

für das Halten des Hundes „Otto“ (Rasse: Mischling, Steuermarke Nr. 4471) wird die Hundesteuer
für 2026 auf 186,00 EUR festgesetzt. Für den Zweithund „Rocky“ ist nach Ihrer Mitteilung vom
15.01.2026 keine Steuer mehr zu zahlen; er ist am 03.01.2026 verstorben.

Die Steuer wird zum 15.02., 15.05., 15.08. und 15.11. mit je 46,50 EUR von Ihrem Konto
[[IBAN:DE80 2505 0180 4641 8559 64]] abgebucht (Mandatsreferenz [[AZ:HST-718341-01]]).

Rückfragen: Herr [[P:Marco Bauer]], Tel. [[TEL:06131 12-2981]]
Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gültig.
""",
    [
        "Postfach 3820, 55028 Mainz",
        "Hundesteuerbescheid 2026",
        "186,00 EUR",
        "Steuermarke Nr. 4471",
        "46,50 EUR",
    ],
)

# 29
pii(
    "formal_letter",
    """
[[P:Emine Yıldız]]
[[STR:Weseler Str. 508]]
[[LOC:48163 Münster]]

An das Bürgeramt Münster
Abmeldung ins Ausland

Sehr geehrte Damen und Herren,

hiermit melde ich mich und meinen Ehemann [[P:Hüseyin Yıldız]] (geb. [[DOB:11.05.1955]]) zum 30.04.2026
aus Deutschland ab. Wir ziehen zurück in die Türkei. Unsere neue Anschrift lautet:

[[STR:Caferağa Mah. Moda Cad. No: 45 D: 3]]
[[LOC:34710 Kadıköy/İstanbul]]
Türkei

Für Rückfragen bis Ende April bin ich unter [[TEL:0251 / 61 77 04]] erreichbar, danach unter
[[TEL:+90 532 418 77 06]] oder per E-Mail an [[MAIL:emineyildiz55@hotmail.com]]. Unsere Tochter
[[P:Songül Arslan]] (geb. [[P:Yıldız]]) bleibt in Münster wohnen und kümmert sich um die Post.

Eventuelle Rückzahlungen (Grundsteuer, Müllgebühren) bitte auf unser türkisches Konto:
[[IBAN:TR14 0006 2036 8515 2538 1958 74]]

Mit freundlichen Grüßen
[[P:Emine Yıldız]]     [[P:Hüseyin Yıldız]]
""",
    ["Abmeldung ins Ausland", "Bürgeramt Münster", "Grundsteuer, Müllgebühren", "30.04.2026"],
)

# 30
pii(
    "email",
    """
Od/From: [[P:Tomasz Wójcik]] <[[MAIL:tomek.wojcik@wp.pl]]>
An: meldebehoerde@stadt-frankfurt-oder.example
Betreff: Meldebescheinigung + Abmeldung

Dzień dobry / Guten Tag,

ich habe von 2023 bis Januar 2026 in Frankfurt (Oder) gewohnt, [[STR:Karl-Marx-Str. 8, Whg. 22]],
[[LOC:15230 Frankfurt (Oder)]], und bei der Firma Odra Logistik gearbeitet. Jetzt wohne ich wieder
in Polen:

[[STR:ul. Długa 14/3]]
[[LOC:80-827 Gdańsk]]

Für die Familienkasse brauche ich eine Meldebescheinigung (mit Zeitraum) und die Bestätigung der
Abmeldung. Mein Kollege [[P:Paweł]] hat das auch per E-Mail bekommen. Die Gebühr überweise ich gern,
oder Sie buchen von meinem Konto ab: [[IBAN:PL77 1090 1014 8707 1271 3628 1834]].

Geburtsdatum: [[DOB:22 lipca 1991]] ([[DOB:22.07.1991]]), Geburtsort [[LOC:Słupsk]]
Dowód osobisty: [[PASS:CFK 418862]]

Pozdrawiam / Viele Grüße
[[P:Tomasz Wójcik]]
""",
    [
        "meldebehoerde@stadt-frankfurt-oder.example",
        "Odra Logistik",
        "Familienkasse",
        "Meldebescheinigung (mit Zeitraum)",
    ],
)

# 31
pii(
    "email",
    """
Van: [[P:Maaike van der Meulen]] <[[MAIL:maaike.vdmeulen@ziggo.nl]]>
Aan: kfz-zulassung@kreis-kleve.example
Onderwerp: Ummeldung Fahrzeug / Wohnsitzwechsel nach Kranenburg

Guten Tag,

mein Partner [[P:Joris Bakker]] und ich ziehen zum 1. April von den Niederlanden nach Kranenburg.
Bisherige Adresse: [[STR:Kerkstraat 21]], [[LOC:6511 LK Nijmegen]]. Neue Adresse:
[[STR:Grosse Str. 14]], [[LOC:47559 Kranenburg]].

Wir möchten unseren Wagen (Toyota Yaris, niederländisches Kennzeichen [[KFZ:R-472-ZK]]) in
Deutschland zulassen. Welche Unterlagen brauchen wir? Wunschkennzeichen wäre [[KFZ:KLE-MB 21]].
Die Kfz-Steuer kann von unserem Konto abgebucht werden: [[IBAN:NL68 INGB 5160 7036 67]].

Met vriendelijke groet,
[[P:Maaike]]
Tel. [[TEL:+31 6 41 87 22 09]]
""",
    ["kfz-zulassung@kreis-kleve.example", "Toyota Yaris", "Wunschkennzeichen", "Kfz-Steuer"],
)

# 32
pii(
    "translation",
    """
Übersetzung aus dem Ukrainischen (Auszug) – eingegangen beim Jobcenter Erfurt am 09.02.2026

Заява / Erklärung

Я, [[P:Коваленко Олена Петрівна]], [[DOB:14.08.1982]] р.н., проживаю за адресою [[STR:Juri-Gagarin-Ring 118]]
Ich, [[P:Olena Petriwna Kowalenko]] (im Pass: [[P:KOVALENKO OLENA]]), geboren am [[DOB:14.08.1982]]
in [[LOC:Charkiw]], wohnhaft [[STR:Juri-Gagarin-Ring 118, Wohnung 57]], [[LOC:99084 Erfurt]], erkläre:

Mein Sohn [[P:Maksym Kowalenko]] ([[P:Максим Коваленко]]), geb. [[DOB:02.02.2007]], lebt seit dem
15.01.2026 nicht mehr in meinem Haushalt. Er wohnt jetzt in einer Wohngemeinschaft in Jena. Meine
Mutter [[P:Walentyna Bondar]] ([[P:Валентина Бондар]]) lebt weiterhin bei mir und bezieht eine
ukrainische Rente von umgerechnet 96 EUR monatlich.

Mein Reisepass (Nr. [[PASS:FX 218734]]) liegt dem Jobcenter in Kopie vor. Bedarfsgemeinschaft
Nr. [[AZ:31502//0218840]].

Erfurt, 06.02.2026          [[P:О. Коваленко]]

Die Richtigkeit der Übersetzung bestätigt: [[P:Iryna Schäfer]], öffentlich bestellte Übersetzerin
""",
    [
        "Jobcenter Erfurt",
        "Übersetzung aus dem Ukrainischen",
        "96 EUR monatlich",
        "Wohngemeinschaft in Jena",
    ],
)

# 33
pii(
    "phone_memo",
    """
Fundbüro – Gesprächsnotiz 17.02.2026, 15:40 (Annahme: [[P:sw]])

Anruferin: Frau [[P:Ramona Fischer]], Tel. [[TEL:0381 / 4 90 22 17]]
Verloren: schwarze Geldbörse (Marke Fossil), vermutlich in der Straßenbahn Linie 5 oder am
Doberaner Platz, am 16.02. zwischen 18 und 19 Uhr.
Inhalt lt. Anruferin: Personalausweis (Nr. [[ID:L8H2M0VX1]]), EC-Karte Ostseesparkasse,
Führerschein, Foto ihrer Enkelin, ca. 40 EUR bar.

Abgleich Fundsachen: Fund-Nr. 2026-0388 passt (abgegeben von RSAG-Fahrer, Betriebshof Marienehe).
Ausweis in der Börse lautet auf „[[P:Fischer, Ramona]]“, [[STR:Kuphalstraße 77]], [[LOC:18069 Rostock]] – stimmt überein.

Abholung: Mo 08:00–12:00, Frau [[P:Fischer]] bringt Reisepass zur Identifikation mit. Finderlohn:
Finder verzichtet.
""",
    [
        "Fundbüro",
        "Straßenbahn Linie 5",
        "Doberaner Platz",
        "Fund-Nr. 2026-0388",
        "Betriebshof Marienehe",
    ],
)

# 34
pii(
    "forwarded_chain",
    """
Betreff: WG: AW: Rückforderung Wohngeld – [[P:Krause, Sabine]]

-------- Weitergeleitete Nachricht --------
Von: Wohngeldstelle Oldenburg
An: Widerspruchsstelle Rechtsamt
Datum: 24.02.2026

Zur Kenntnis und mit der Bitte um Übernahme. Frau [[P:Krause]] hat gegen den
Rückforderungsbescheid vom 10.02.2026 per Mail Widerspruch eingelegt (s. u.). Akte [[AZ:WG 61-2024-7713]]
wird per Hauspost übersandt.

> Am 21.02.2026 um 22:17 schrieb [[P:Sabine Krause]] <[[MAIL:s.krause@gmx.de]]>:
> Sehr geehrte Damen und Herren,
> ich lege gegen Ihren Bescheid Widerspruch ein. Ich soll 1.844 EUR zurückzahlen, weil mein
> Lebensgefährte [[P:Jörg]] angeblich bei mir wohnt. Das stimmt nicht, [[P:Jörg Meiners]] wohnt seit
> Jahren in der [[STR:Alexanderstr. 190a]] und ist dort auch gemeldet. Er übernachtet manchmal bei mir,
> mehr nicht. Meine Nachbarin Frau [[P:Tjarks]] kann das bestätigen.
> Mit freundlichen Grüßen
> [[P:Sabine Krause]]
> [[STR:Donnerschweer Str. 56]], [[LOC:26123 Oldenburg]]
""",
    [
        "Wohngeldstelle Oldenburg",
        "Widerspruchsstelle Rechtsamt",
        "Rückforderungsbescheid",
        "1.844 EUR",
        "Hauspost",
    ],
)

# 35
pii(
    "finanzamt_letter",
    """
Finanzamt Bielefeld-Innenstadt
Ravensberger Straße 90, 33607 Bielefeld

An die Stadt Bielefeld
Bürgeramt – Gewerbeangelegenheiten

Steuernummer: [[TAX:305/5012/3381]]
Bielefeld, 13.01.2026

Auskunftsersuchen nach § 93 AO – Gewerbe „Kosmetikstudio [[P:Lina]]“, Inh. [[P:Lina Marie Brinkmann]]

Sehr geehrte Damen und Herren,

zur Prüfung der steuerlichen Erfassung bitten wir um Übersendung der Gewerbeanmeldung und einer
etwaigen Gewerbeabmeldung für:

[[P:Brinkmann, Lina Marie]], geb. [[DOB:05.11.1972]]
Identifikationsnummer: [[TAX:70921464389]]
Betriebsstätte: [[STR:Niedernstraße 31]], [[LOC:33602 Bielefeld]]
Wohnanschrift: [[STR:Am Sparrenberg 8c]], [[LOC:33602 Bielefeld]]

Nach unseren Unterlagen wird der Betrieb seit Herbst 2025 von der Tochter, Frau [[P:Jule Brinkmann]],
fortgeführt. Bitte teilen Sie uns mit, ob eine Ummeldung erfolgt ist.

Im Auftrag
[[P:Oberhaus]]
Sachgebiet 21, Tel. [[TEL:0521 548-2170]]
""",
    [
        "Finanzamt Bielefeld-Innenstadt",
        "Ravensberger Straße 90, 33607 Bielefeld",
        "§ 93 AO",
        "Gewerbeabmeldung",
        "Sachgebiet 21",
    ],
)

# 36
pii(
    "sozialamt_letter",
    """
Kreisstadt Siegburg – Fachbereich Soziales
Nogenter Platz 10, 53721 Siegburg

Herrn
[[P:Dieter Wehmeyer]]
c/o [[P:Hahn]]
[[STR:Lindenweg 4]]
[[LOC:53719 Siegburg]]

Grundsicherung im Alter und bei Erwerbsminderung (4. Kapitel SGB XII)
Ihr Zeichen: –   Unser Zeichen: [[AZ:50-GS-33104]]

Sehr geehrter Herr [[P:Wehmeyer]],

Ihr Antrag vom 12.01.2026 ist eingegangen. Sie haben angegeben, derzeit bei Ihrer Schwester,
Frau [[P:Marlies Hahn]], zu wohnen, bis Sie eine eigene Wohnung gefunden haben. Für die Prüfung
benötigen wir:

1. den aktuellen Rentenbescheid der Deutschen Rentenversicherung Rheinland
   (Versicherungsnummer laut Antrag: [[RV:53 170862 W 02 6]]),
2. Kontoauszüge der letzten drei Monate (Konto [[IBAN:DE63 2505 0180 7048 2626 31]]),
3. eine Bestätigung Ihrer Schwester, dass Sie keine Miete zahlen.

Herr [[P:Hahn]] (Ihr Schwager) hat am 20.01. angerufen und gefragt, ob er die Unterlagen für Sie
abgeben darf. Dazu benötigen wir eine schriftliche Vollmacht.

Mit freundlichen Grüßen
Im Auftrag
[[P:Ö. Tekin]]
""",
    [
        "Fachbereich Soziales",
        "Nogenter Platz 10, 53721 Siegburg",
        "4. Kapitel SGB XII",
        "Deutschen Rentenversicherung Rheinland",
        "schriftliche Vollmacht",
    ],
)

# 37
pii(
    "table_export",
    """
Hundesteuer – Neuanmeldungen Januar 2026 (Auszug aus OK.FIS, Sachgebiet Steuern)

Halter/in               | Anschrift                         | Hund (Rasse)             | Marke | ab
[[P:Schmidt, Karin]]         | [[STR:Ringstr. 3]], [[LOC:36037 Fulda]]            | Labrador-Mix             | 1184  | 01.01.
[[P:Krause Heinz-Dieter]]    | [[STR:Am Rosengarten 12, App. 4]]         | Dackel                   | 1185  | 05.01.
[[P:Hahn-Teuber, Annegret]]  | [[STR:Petersberger Str. 61]]              | Golden Retriever         | 1186  | 07.01.
[[P:Ahmeti, Liridon]]        | [[STR:Leipziger Str. 140]]                | American Staffordshire*  | 1187  | 12.01.
[[P:Engel, Hans]]            | [[STR:Heinrich-von-Bibra-Platz 5]]        | Zwergpudel               | 1188  | 15.01.
[[P:Vogel, Frieda]]          | [[STR:Frankfurter Str. 8]]                | Border Collie            | 1189  | 20.01.
[[P:Ng, Wai-Ling]]           | [[STR:Künzeller Str. 27, 2. OG]]          | Shiba Inu                | 1190  | 28.01.

* Listenhund: erhöhter Steuersatz nach § 5 Abs. 2 HStS, Sachkundenachweis liegt vor (Kopie
  Herr [[P:Ahmeti]], Prüfer Dr. med. vet. [[P:Jonas Kirch]]).
""",
    [
        "Hundesteuer – Neuanmeldungen Januar 2026",
        "OK.FIS",
        "Sachgebiet Steuern",
        "Listenhund",
        "§ 5 Abs. 2 HStS",
    ],
)

# 38
pii(
    "invoice",
    """
Fliesen [[P:Koch]] e.K. – Inhaber [[P:Reinhard Koch]]
[[STR:Im Gewerbegebiet 14]], [[LOC:66484 Zweibrücken]]
Telefon [[TEL:06332 4 71 90]] · Fax [[TEL:06332 4 71 91]] · [[MAIL:r.koch@fliesen-koch-zw.de]]
Amtsgericht Zweibrücken [[HR:HRA 2174]] · USt-IdNr. [[TAX:DE 318 442 705]]

Stadtverwaltung Zweibrücken
Gebäudemanagement
Herzogstraße 1
66482 Zweibrücken

RECHNUNG 26/0041 vom 19.02.2026
Objekt: Sanitärräume Sporthalle Ixheim

Fliesen entfernen und entsorgen, 38 m²        1.140,00 €
Abdichtung nach DIN 18534, 38 m²                874,00 €
Bodenfliesen R11, 30x60, verlegen, 38 m²      2.432,00 €
Netto                                         4.446,00 €
MwSt 19 %                                       844,74 €
Brutto                                        5.290,74 €

Bitte überweisen Sie bis 05.03.2026 auf: [[IBAN:DE84 4305 0001 6688 8178 81]]
Bei Rückfragen zur Baustelle: Vorarbeiter [[P:Sinan Karagöz]], [[TEL:0151 22 40 88 13]]
""",
    ["Gebäudemanagement", "Herzogstraße 1", "Sporthalle Ixheim", "DIN 18534", "5.290,74 €"],
)

# 39
pii(
    "complaint",
    """
Betreff: Beschwerde Kantine Technisches Rathaus

Sehr geehrte Damen und Herren vom Personalrat,

ich möchte mich über die Zustände in der Kantine beschweren. Seit der neue Koch da ist, gibt es
dreimal die Woche Currywurst, und das vegetarische Gericht ist mittags um halb eins aus. Ich habe
das Herrn [[P:Bernd Koch]] von der Kantinenkommission schon zweimal gesagt, aber er meint, das sei Sache
des Pächters.

Meine Kollegin [[P:Hanna Fischer]] (Amt 61) hat sich letzte Woche an einem Fischgericht den Magen
verdorben, was ja passieren kann, aber niemand hat reagiert. Bitte setzen Sie das Thema auf die
Tagesordnung.

Mit freundlichen Grüßen
[[P:Gerd Bäcker]]
Amt 66, Zimmer 3.17, Tel. [[TEL:0681 905-4412]]
""",
    [
        "Kantine Technisches Rathaus",
        "Personalrat",
        "Kantinenkommission",
        "vegetarische Gericht",
        "Amt 61",
    ],
    allow=("Koch",),
)

# 40
pii(
    "table_export",
    """
Wahlhelfereinsatz Landtagswahl 08.03.2026 – Wahlbezirk 0412 (Grundschule Am Wiesengrund)

Funktion            Name                     Telefon             Bemerkung
Wahlvorsteher       [[P:Wagner, J.]]              [[TEL:0911 / 33 41 87]]      Schlüssel ab Sa 16 Uhr beim Hausmeister
Stellvertreterin    [[P:Nilüfer Çelik]]            [[TEL:0176-55 20 19 46]]     –
Schriftführer       [[P:Fuchs]] ([[P:Tim]])               –                   nur bis 14 Uhr, dann [[P:Sommer]]
Beisitzer/in        [[P:Sommer, Luise]]            [[TEL:0911 2 30 55 81]]      –
Beisitzer/in        [[P:Bogdan Ionescu]]           [[TEL:+40 745 118 302]]      spricht Rumänisch (Hilfe bei Fragen)
Beisitzer/in        [[P:Kathi]] (Azubi Stadt, [[P:Katharina Pfeiffer]])  intern              –
Reserve             [[P:Hans Winter]]              [[TEL:0911 / 58 17 40]]      nur abends (Auszählung)

Erfrischungsgeld: 50 EUR (Vorsteher 60 EUR), Auszahlung per Überweisung.
Bitte Änderungen an wahlen@stadt-fuerth.example melden.
""",
    [
        "Wahlbezirk 0412",
        "Grundschule Am Wiesengrund",
        "Erfrischungsgeld",
        "wahlen@stadt-fuerth.example",
        "Landtagswahl 08.03.2026",
    ],
)

# 41
pii(
    "it_ticket",
    """
Ticket INC-2026-011873 – Servicekonto / Bürgerportal
Kategorie: Login-Probleme   Priorität: normal   Kanal: Kontaktformular

Meldung von: [[P:Sven-Ole Petersen]]
Benutzername: [[P:svenole_p84]]
E-Mail (hinterlegt): [[MAIL:svenole.petersen@icloud.com]]
Rückrufnummer: [[TEL:04321 8 77 12 03]]
Letzter Login-Versuch: 14.02.2026 07:58 von [[IP:2a02:8108:1c40:6e00:b4f1:2d3a:91c7:4e10]]
Zweiter Versuch: 14.02.2026 08:03 von [[IP:46.223.17.204]]

Beschreibung (Bürger): „Ich komme nicht mehr in mein Konto, obwohl das Passwort stimmt. Ich
wollte den Antrag auf Wohnberechtigungsschein für meine Mutter ([[P:Anke Petersen]]) fertig
machen.“

Bearbeitung 2nd Level ([[P:m.ostendorf]]): Konto wegen 5 Fehlversuchen gesperrt (Policy PW-04).
Entsperrt 14.02. 09:12, Bürger per Mail informiert. Hinweis auf Passwort-Reset über
portal.neumuenster.example/reset. Ticket geschlossen.
""",
    [
        "INC-2026-011873",
        "Bürgerportal",
        "Policy PW-04",
        "portal.neumuenster.example/reset",
        "Wohnberechtigungsschein",
    ],
)

# 42
pii(
    "email_informal",
    """
Von: [[MAIL:jo.hartwig@freenet.de]]
An: sportstaetten@stadt-hamm.example
Betreff: hallenzeiten tus westtünnen u12

hallo zusammen,

ich bin seit januar der neue jugendwart und kümmer mich jetzt um die hallenzeiten. die
donnerstagszeit in der sporthalle friedrich-ebert-schule (17-18:30) brauchen wir weiterhin.
für samstags bräuchten wir noch was, weil [[P:katha]] und [[P:flo]] mit der u10 dazugekommen sind.

die alte ansprechpartnerin war [[P:gabi schmelzer]], die hat aufgehört, bitte alles an mich.
schlüssel hat noch [[P:lenny]] ([[P:leonard brüggemann]]), der gibt den am wochenende zurück.

handy: [[TEL:0173 / 90 11 823]]

sportliche grüße
[[P:jo]] ([[P:johannes hartwig]])
tus westtünnen 1921 e.v.
""",
    [
        "sportstaetten@stadt-hamm.example",
        "sporthalle friedrich-ebert-schule",
        "tus westtünnen 1921 e.v.",
        "jugendwart",
    ],
)

# 43
pii(
    "complaint",
    """
An das Ordnungsamt der Stadt Wuppertal
per Kontaktformular, 01.03.2026

Lärmbelästigung [[STR:Friedrich-Engels-Allee 319]]

Ich wohne im 2. Stock und werde seit Monaten nachts gestört. Die Familie [[P:Wolf]] über mir feiert
jedes Wochenende bis 3 Uhr, und der Hund von Herrn [[P:Engel]] aus dem Erdgeschoss bellt, sobald
jemand das Treppenhaus betritt. Die Hausverwaltung (Immobilien Schmitz & Partner GmbH) reagiert
nicht. Der Hausmeister, Herr [[P:Kuzmanović]], sagt, er sei nicht zuständig.

Frau [[P:Wolf]]s Antwort auf meinen Zettel im Hausflur war nur, ich solle doch ausziehen. Ich habe
ein Lärmprotokoll geführt (liegt bei) und meine Nachbarin [[P:Heike Brandt]] aus dem 1. Stock
kann alles bezeugen.

Mit freundlichen Grüßen
[[P:Renate Sauerland]]
[[STR:Friedrich-Engels-Allee 319, 2. OG Mitte]]
[[LOC:42285 Wuppertal]]
Telefon [[TEL:0202 / 8 97 33 12]]
""",
    [
        "Ordnungsamt der Stadt Wuppertal",
        "Lärmprotokoll",
        "Immobilien Schmitz & Partner GmbH",
        "Hausverwaltung",
    ],
)

# 44
pii(
    "minutes",
    """
Protokoll Fallkonferenz ASD Team Nord – 18.02.2026 (vertraulich)

Anwesend: [[P:Birgit]] (Leitung), [[P:Serkan]], [[P:Jana]], Frau [[P:Lemke]] (Schule), Herr [[P:Obi]] (Kita)
Protokoll: [[P:Jana]]

Fall [[AZ:ASD-N-2025-117]] – Familie [[P:Lehmann]]/[[P:Gökçe]]

Die Kinder [[P:Noah]] (9) und [[P:Elif]] (5) leben bei der Mutter, [[P:Sandra Lehmann]]. Der Vater,
[[P:Murat Gökçe]], hat Umgang jedes zweite Wochenende. Laut [[P:Lemke]] kommt [[P:Noah]] seit den Ferien
regelmäßig ohne Frühstück und erzählt von Streit zu Hause. [[P:Obi]] bestätigt für [[P:Elif]] keine
Auffälligkeiten. [[P:Serkan]] hat am 10.02. einen Hausbesuch gemacht ([[STR:Kamener Str. 9, 3. OG]]):
Wohnung aufgeräumt, Kühlschrank leer. Mutter wirkt überlastet, hat seit Dezember keine Arbeit.

Vereinbarung: [[P:Serkan]] bietet Erziehungsbeistand nach § 30 SGB VIII an. Wiedervorlage 18.03.
""",
    ["Fallkonferenz ASD Team Nord", "§ 30 SGB VIII", "Erziehungsbeistand", "Wiedervorlage 18.03."],
)

# 45
pii(
    "email",
    """
Sehr geehrte Frau [[P:Hadžić]],

bezugnehmend auf unser Telefonat übersende ich Ihnen die Vollmacht meiner Mandantin, Frau
[[P:Amra Mehmedović]], geb. [[DOB:12.12.1976]], in Sachen Einbürgerung. Bitte richten Sie die
weitere Korrespondenz ausschließlich an mich.

Frau [[P:Mehmedović]] ist zum Termin am 04.03. leider verhindert (Reha-Maßnahme in Bad Sassendorf bis
Ende März). Ihr Sohn [[P:Adnan]] kann die Unterlagen abgeben, wenn Sie einverstanden sind.

Mit freundlichen Grüßen

Dr. [[P:Philipp Lorenz-Amann]]
Rechtsanwalt | Fachanwalt für Migrationsrecht

LORENZ-AMANN Rechtsanwälte PartG mbB
Prinzipalmarkt 40 | 48143 Münster
T +49 251 49 00 70-0 | F +49 251 49 00 70-99
kanzlei@lorenz-amann.example | www.lorenz-amann.example
Direkt: [[TEL:+49 251 49 00 70-14]] | [[MAIL:p.lorenz-amann@lorenz-amann.example]]
Sitz Münster, AG Essen PR 4412
""",
    [
        "Prinzipalmarkt 40 | 48143 Münster",
        "kanzlei@lorenz-amann.example",
        "AG Essen PR 4412",
        "Bad Sassendorf",
        "Fachanwalt für Migrationsrecht",
    ],
)

# 46
pii(
    "chat_export",
    """
WhatsApp-Export (vom Bürger als Beweismittel eingereicht, Anlage 3 zum Widerspruch)

[12.01.26, 19:42] Vermieter [[P:Kaczmarek]]: Guten Abend, die Heizung wird morgen repariert, der Monteur kommt zwischen 8 und 12
[12.01.26, 19:50] Ich: Das haben Sie letzte Woche auch gesagt. Wir haben 14 Grad in der Wohnung
[13.01.26, 12:31] Vermieter [[P:Kaczmarek]]: Firma [[P:Lukas Brehm]] hat abgesagt. Ich schicke jemand anderes
[13.01.26, 12:33] Ich: Meine Frau ist schwanger, das geht so nicht. Ich gehe zum Wohnungsamt
[15.01.26, 09:05] Vermieter [[P:Kaczmarek]]: Herr [[P:Nwosu]], bitte nicht gleich drohen. Mittwoch kommt [[P:Zbigniew]] und macht das
[15.01.26, 09:06] Vermieter [[P:Kaczmarek]]: [[TEL:+48 601 224 917]] das ist seine Nummer
""",
    ["Anlage 3 zum Widerspruch", "14 Grad in der Wohnung", "Wohnungsamt", "WhatsApp-Export"],
)

# 47
pii(
    "web_form",
    """
[Formularserver] Antrag auf Fällgenehmigung nach Baumschutzsatzung – eingereicht 23.02.2026 16:02

antragsteller_name = [[P:Katrin Vossberg-Ali]]
antragsteller_strasse = [[STR:Im Grund 2]]
antragsteller_plz_ort = [[LOC:76227 Karlsruhe]]
antragsteller_telefon = [[TEL:0721 4 03 88 61]]
antragsteller_email = [[MAIL:k.vossberg-ali@web.de]]
eigentuemer_abweichend = ja
eigentuemer_name = Erbengemeinschaft [[P:Vossberg]] (vertreten durch [[P:Hermann Vossberg]], [[STR:Dürrbachstr. 15]], [[LOC:76229 Karlsruhe]])
standort_baum = Grundstück [[STR:Im Grund 2]], Flst. 4418/3, Gemarkung Durlach
baumart = Walnuss (Juglans regia)
stammumfang_cm = 142
begruendung = Der Baum ist laut Gutachten morsch und droht auf das Nachbarhaus (Familie [[P:Yıldırım]]) zu fallen.
anlagen = Gutachten_Baumpflege_Linde_GmbH.pdf; Foto1.jpg; Foto2.jpg; Vollmacht_[[P:Vossberg_Hermann]].pdf
ersatzpflanzung_bereit = ja
""",
    [
        "Baumschutzsatzung",
        "Flst. 4418/3, Gemarkung Durlach",
        "Juglans regia",
        "Gutachten_Baumpflege_Linde_GmbH.pdf",
        "stammumfang_cm = 142",
    ],
)

# 48
pii(
    "form_filled",
    """
Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz (BMG)

Angaben zum Wohnungsgeber
Name/Firma: [[P:Ingrid Bauer]]
Anschrift: [[STR:Schillerstr. 9]], [[LOC:99423 Weimar]]
Der Wohnungsgeber ist gleichzeitig Eigentümer: ☒ ja  ☐ nein

Angaben zur Wohnung
Straße, Hausnummer, Zusatz: [[STR:Carl-August-Allee 22, Vorderhaus, 3. OG links, Whg. 12]]
PLZ, Ort: [[LOC:99423 Weimar]]
Einzug am: 01.02.2026

Folgende Personen sind in die Wohnung eingezogen:
1. [[P:Frederik Lang]]
2. [[P:Hira Qureshi]]
3. [[P:Lang, Ida]] (Kind)

Ich bestätige mit meiner Unterschrift, dass die oben genannten Personen in die angegebene Wohnung
eingezogen sind. Es ist verboten, eine Wohnanschrift für eine Anmeldung anzubieten, wenn ein Einzug
nicht beabsichtigt ist (§ 54 BMG, Bußgeld bis 50.000 EUR).

Weimar, 28.01.2026        [[P:I. Bauer]]
""",
    [
        "Wohnungsgeberbestätigung nach § 19 Bundesmeldegesetz (BMG)",
        "Angaben zum Wohnungsgeber",
        "§ 54 BMG",
        "50.000 EUR",
    ],
)

# 49
pii(
    "table_export",
    """
Anmeldungen Klasse 5 – Heinrich-Heine-Gymnasium, Stand 27.02.2026 (Sekretariat)

lfd | Schüler/in                | geb.       | Grundschule                 | Erziehungsberechtigte        | Profil
01  | [[P:Wagner, Jonas]]             | [[DOB:14.06.2015]] | GS Kastanienallee           | [[P:J. Wagner]] / [[P:S. Wagner]]        | Bili
02  | [[P:Mahmoud, Aya]]              | [[DOB:02.01.2016]] | GS Am Park                  | [[P:Wagner, J.]] (Vormund)        | MINT
03  | [[P:Baumann-Ortiz, Emilio]]     | [[DOB:30.09.2015]] | Freie Schule Elbmarsch      | [[P:Lucía Ortiz]]                  | Musik
04  | [[P:Linus Hartmann]]            | [[DOB:11.11.2015]] | GS Kastanienallee           | [[P:M. Hartmann]]                  | –
05  | [[P:Nguyen, Minh Anh]]          | [[DOB:07.03.2016]] | GS Am Park                  | [[P:Nguyen Van Hung]]              | MINT
06  | [[P:Paula Sophie Krüger]]       | [[DOB:21.08.2015]] | GS Heinrich Zille           | [[P:Krüger, Anja]]                 | Bili

Hinweis: Bei Nr. 02 liegt die Bestellungsurkunde des Vormunds (Jugendamt, [[P:J. Wagner]]) vor;
nicht verwandt mit Nr. 01.
""",
    [
        "Heinrich-Heine-Gymnasium",
        "GS Kastanienallee",
        "Freie Schule Elbmarsch",
        "GS Heinrich Zille",
        "Bestellungsurkunde des Vormunds",
    ],
)

# 50
pii(
    "email",
    """
Από/From: [[P:Eleni Georgiou]] <[[MAIL:eleni.georgiou.88@gmail.com]]>
An: buergeramt@stuttgart.example
Betreff: Termin verpasst – Meldebescheinigung für Kindergeldantrag

Sehr geehrte Damen und Herren,

ich hatte am Dienstag um 10:20 einen Termin im Bürgerbüro Bad Cannstatt (Marktplatz 10), bin
aber im Stau auf der B 10 stecken geblieben. Ihr Kollege am Telefon, Herr [[P:Kostas]] – den
Nachnamen habe ich leider nicht verstanden – meinte, ich solle eine Mail schreiben.

Ich brauche eine erweiterte Meldebescheinigung für mich und meine Zwillinge [[P:Nikos]] und [[P:Sofia]]
([[P:Georgiou-Haller]], beide *[[DOB:12.5.2021]]). Wir wohnen [[STR:Waiblinger Str. 41]], bei [[P:Haller]],
[[LOC:70372 Stuttgart]]. Mein Lebensgefährte [[P:Tobias Haller]] ist Hauptmieter.

Personalausweis-Nr.: [[ID:T7KX9P3G5]]
Geburtsdatum: *[[DOB:03.09.88]]

Ευχαριστώ / Danke
[[P:Ελένη Γεωργίου]]
""",
    [
        "buergeramt@stuttgart.example",
        "Bürgerbüro Bad Cannstatt",
        "Marktplatz 10",
        "erweiterte Meldebescheinigung",
        "B 10",
    ],
)

# 51
pii(
    "elterngeld",
    """
Landkreis Vorpommern-Greifswald – Elterngeldstelle
Eingangsvermerk 04.02.2026 / Vorgang [[AZ:EG-2026-00977]]

Antrag auf Elterngeld – Angaben zum Kind und zu den Eltern (Auszug, handschriftlich ausgefüllt)

Kind: [[P:Jasper Malte Witt]]   *[[DOB:06.01.2026]]   Mehrling: nein   Frühgeburt: nein
Mutter: [[P:Witt, Johanna]]   *[[DOB:12.5.90]]   Steuer-ID [[TAX:70610293844]]
Vater: [[P:Oskar Brüning]]   *[[DOB:27.2.88]]   Steuer-ID [[TAX:43199659781]]
Gemeinsame Anschrift: [[STR:Hafenstr. 7, Dachgeschoss]], [[LOC:17489 Greifswald]]
Bezugszeitraum Mutter: 1.–12. Lebensmonat (Basiselterngeld)
Bezugszeitraum Vater: 13.–14. Lebensmonat (Basiselterngeld)
Bankverbindung: [[IBAN:DE53 5005 0201 3344 4852 73]]   Kontoinhaberin: [[P:J. Witt]]

Vermerk Sachbearbeitung ([[P:Rausch]], 05.02.): Arbeitgeberbescheinigung von Herrn [[P:Brüning]]
(Universitätsmedizin Greifswald) fehlt; Mutterschaftsgeldbescheid der AOK Nordost liegt vor.
""",
    [
        "Elterngeldstelle",
        "Basiselterngeld",
        "Universitätsmedizin Greifswald",
        "AOK Nordost",
        "Arbeitgeberbescheinigung",
    ],
)

# 52
pii(
    "einbuergerung",
    """
Stadt Offenbach am Main – Einbürgerungsbehörde
Berliner Straße 100, 63065 Offenbach am Main

Vermerk zur Vorsprache am 26.02.2026

Antragsteller: [[P:Ali Hussein Al-Jubouri]] ([[P:علي حسين الجبوري]])
geb. [[DOB:1.7.1985]] in [[LOC:Mossul]], Irak; seit 2015 in Deutschland
Anschrift: [[STR:Bieberer Str. 61 (Hinterhaus)]], [[LOC:63071 Offenbach am Main]]
Vorgang: [[AZ:EB-OF-2025-0418]]
Aufenthaltstitel Nr.: [[ID:Y4M7C2K09]]

Herr [[P:Al-Jubouri]] legte das Zertifikat Deutsch B1 (telc, 11/2025) und den Einbürgerungstest
(33 von 33 Punkten) vor. Die Geburtsurkunde enthält als Vatersnamen „[[P:Hussein Khalaf]]“; im Pass
steht „[[P:AL-JUBOURI ALI HUSSEIN]]“. Namensführung nach Art. 47 EGBGB angesprochen: Herr [[P:Al-Jubouri]]
möchte künftig „[[P:Ali Al-Jubouri]]“ heißen, Vatersname entfällt.

Seine Ehefrau [[P:Noor Al-Taie]] stellt keinen Antrag. Arbeitgeber: Stadtwerke Offenbach Holding.

[[P:Ergün]], Sachbearbeitung
""",
    [
        "Einbürgerungsbehörde",
        "Berliner Straße 100, 63065 Offenbach am Main",
        "Art. 47 EGBGB",
        "33 von 33 Punkten",
        "Stadtwerke Offenbach Holding",
    ],
)

# 53
pii(
    "phone_memo",
    """
Jobcenter Kiel – Telefonvermerk (Service-Center, Weiterleitung an Team 412)

Datum: 03.03.2026 09:14   Kundin: [[P:Weronika Nowak-Brandt]]   BG: [[AZ:40602//0119245]]
Rückrufnummer: [[TEL:0431-97 22 418]] (ab 13 Uhr)

Kundin teilt mit: Sie hat ab 01.04. eine Stelle als Verkäuferin bei der Bäckerei [[P:Hansen]]
(Einzelunternehmen, [[STR:Holtenauer Str. 88]]) in Aussicht, 25 Std./Woche. Frage, ob die
Fahrtkosten übernommen werden. Ihr Sohn [[P:Kacper]] (16) macht ab August eine Ausbildung, sie
fragt, ob sein Lehrlingsgehalt angerechnet wird.

Außerdem: Ihr Ex-Mann [[P:Piotr Nowak]] zahlt seit Dezember keinen Unterhalt mehr. Beistandschaft
beim Jugendamt ist beantragt.

Zur Info an Arbeitsvermittlerin Frau [[P:Thießen]]. Rückruf erbeten.
[[P:TN]]
""",
    ["Jobcenter Kiel", "Team 412", "25 Std./Woche", "Beistandschaft", "Fahrtkosten"],
)

# 54
pii(
    "complaint",
    """
Beschwerde über eine Mitarbeiterin des Bürgeramts

An den Oberbürgermeister der Stadt Magdeburg

Sehr geehrte Damen und Herren,

am 19.02.2026 war ich mit meiner Mutter, [[P:Ruth Engel]], im Bürgeramt Mitte, um ihren Ausweis zu
verlängern. Die Mitarbeiterin am Platz 4, eine Frau [[P:Engel]] (nicht verwandt, wie sie gleich
betonte), war ausgesprochen unfreundlich. Als meine Mutter, die 87 ist und schlecht hört,
zweimal nachfragte, sagte sie: „Dann hätten Sie eben jemanden mitbringen müssen.“ Ich stand
direkt daneben!

Wie die Kollegin von Frau [[P:Engel]] am Nachbarplatz (Namensschild „[[P:M. Pohl]]“) schon
bemerkte, war der Rechner ohnehin abgestürzt; wir mussten trotzdem eine Stunde warten.

Ich erwarte eine Entschuldigung.

[[P:Christine Mahler-Engel]]
[[STR:Breiter Weg 203]], [[LOC:39104 Magdeburg]]
""",
    ["Bürgeramt Mitte", "Oberbürgermeister der Stadt Magdeburg", "Platz 4", "eine Stunde warten"],
)

# 55
pii(
    "einsatzbericht",
    """
Feuerwehr Solingen – Einsatzbericht (Auszug für das Ordnungsamt)
Einsatz-Nr. 2026-00731 | Alarmierung 07.02.2026 02:38 | Stichwort: B3 – Wohnungsbrand

Einsatzort: [[STR:Kölner Str. 112, 2. OG rechts]], [[LOC:42651 Solingen]] (Mehrfamilienhaus, 8 WE)

Lage bei Eintreffen: Flammenschein aus Küchenfenster 2. OG. Bewohner der Brandwohnung, Herr
[[P:Ferhat Doğan]] (geb. [[DOB:22.10.1967]]), hatte die Wohnung bereits verlassen, leichte
Rauchgasintoxikation, Transport ins Klinikum Solingen durch RTW. Die Nachbarin aus dem 3. OG,
Frau [[P:Waltraud Kessler]], wurde über Drehleiter gerettet.

Weitere Bewohner ([[P:Lisowski]], [[P:Ochs]], [[P:Bah]]) unverletzt, vorübergehend im Bus der Stadtwerke betreut.
Wohnung 2. OG rechts nicht bewohnbar. Notunterkunft für Herrn [[P:Doğan]] erforderlich –
Kontakt über seinen Bruder [[P:Cengiz Doğan]], [[TEL:0212 / 2 58 40 11]].

Einsatzleiter: BOI [[P:Kai Sternberg]]
Kräfte: HW 1, FW 2, FF Löschzug Wald, RD
""",
    [
        "Feuerwehr Solingen",
        "Einsatz-Nr. 2026-00731",
        "Klinikum Solingen",
        "Drehleiter",
        "FF Löschzug Wald",
    ],
)

# 56
pii(
    "table_export",
    """
Terminliste Bürgerbüro Nord – Mittwoch, 04.03.2026 – Schalter 2 (Sachbearbeitung: [[P:Y. Demirci]])

08:00  [[P:Pohl, Siegfried]]        Personalausweis                  Tel. [[TEL:0340 8 51 22 07]]
08:15  [[P:Amadou Diallo]]          Anmeldung Zuzug aus Frankreich   –
08:30  [[P:Koch, Tanja]]            Reisepass Express                [[MAIL:tanja.koch78@gmx.net]]
08:45  [[P:Schulze]]/[[P:Hübner]]          Beglaubigung (2 Personen)        –
09:00  frei
09:15  [[P:Milan]] (Vorname) – Nachname lt. Buchung „[[P:Vasić]]“, Führungszeugnis
09:30  Fr. [[P:Kühne-Rahman]]        Abmeldung                        Tel. [[TEL:0175 4412093]]
09:45  [[P:Bauer]] (kam bereits gestern, ggf. streichen)
10:00  [[P:Olivia Winter]]          Kinderreisepass für [[P:Levi Winter]] (2 J.)

Hinweise: Drucker 2 (Kyocera) druckt Meldebescheinigungen nur einseitig – IT informiert (CHG-2026-0093).
""",
    [
        "Terminliste Bürgerbüro Nord",
        "Schalter 2",
        "Anmeldung Zuzug aus Frankreich",
        "Reisepass Express",
        "CHG-2026-0093",
    ],
)

# 57
pii(
    "standesamt",
    """
Standesamt Halle (Saale) – Sterbefallanzeige (Eingang über Bestattungshaus)

Bestattungshaus Pietät Mitteldeutschland GmbH, Leipziger Str. 87, 06108 Halle (Saale)
Auftrags-Nr. des Bestatters: 26-0211

Angaben zur verstorbenen Person
Familienname: [[P:Lehmann]]   Geburtsname: [[P:Vogel]]
Vornamen: [[P:Gertrud Elisabeth]]
Geboren am [[DOB:19.03.1931]] in [[LOC:Bernburg (Saale)]]
Letzter Wohnsitz: Seniorenzentrum Am Rosengarten, [[STR:Reilstr. 130, Zimmer 204]], [[LOC:06114 Halle (Saale)]]
Familienstand: verwitwet; Ehemann [[P:Kurt Lehmann]], verstorben 2009
Gestorben am 14.02.2026, 05:20 Uhr, in Halle (Saale), [[STR:Reilstr. 130]]

Anzeigende Person: [[P:Hans-Jürgen Lehmann]] (Sohn), [[STR:Am Kirchtor 3]], [[LOC:06110 Halle (Saale)]],
Tel. [[TEL:0345 / 2 03 44 19]]
Ärztliche Todesbescheinigung: Dr. [[P:A. Nikolić]], Hausärztin

Die Urkunden (3 Sterbeurkunden, 1 für die Rentenversicherung) bitte an den Bestatter.
""",
    [
        "Sterbefallanzeige",
        "Bestattungshaus Pietät Mitteldeutschland GmbH",
        "Leipziger Str. 87, 06108 Halle (Saale)",
        "3 Sterbeurkunden",
    ],
)

# 58
pii(
    "kfz_zulassung",
    """
Straßenverkehrsamt Kreis Recklinghausen – Zulassungsstelle Marl
Vorgangsprotokoll Halterwechsel, 20.02.2026, Schalter 6

Fahrzeug: Opel Corsa F, FIN W0V0XEP68K4123456
Bisheriges Kennzeichen: [[KFZ:RE-PW 119]]   Bisheriger Halter: [[P:Paul Wiesner]], [[STR:Lipper Weg 12]], [[LOC:45770 Marl]]
Neues Kennzeichen: [[KFZ:RE-AK 8804]]        Neue Halterin: [[P:Aleksandra Kuźniar]], geb. [[DOB:08.10.1999]]
Anschrift: [[STR:Bergstraße 211]], bei [[P:Wiesner]] ← Hinweis: Halterin ist Enkelin, Zweitwohnsitz
Hauptwohnsitz lt. Personalausweis ([[ID:M29N4LRC8]]): [[STR:ul. Kwiatowa 5]], [[LOC:44-100 Gliwice]]
eVB-Nummer ist [[AZ:7K4NQ2X]], Versicherer: Westfälische Provinzial
SEPA-Mandat Kfz-Steuer: [[IBAN:DE39 3005 0110 3294 9370 28]], Kontoinhaber [[P:Paul Wiesner]]

Bemerkung: Vollmacht des Halters liegt vor (unterzeichnet „[[P:P. Wiesner]]“). Bearbeitet: [[P:kh]]
""",
    [
        "Zulassungsstelle Marl",
        "Opel Corsa F",
        "Westfälische Provinzial",
        "Schalter 6",
        "Halterwechsel",
    ],
)

# 59
pii(
    "sondernutzung",
    """
Ristorante Da [[P:Enzo]] · Inh. [[P:Vincenzo Esposito]]
[[STR:Münsterplatz 9]] · [[LOC:89073 Ulm]] · Tel. [[TEL:0731 / 61 90 44]]
Steuer-Nr. [[TAX:88/061/04471]]

Stadt Ulm
Abteilung Bürgerdienste – Sondernutzungen
Olgastraße 66
89070 Ulm

Antrag auf Sondernutzungserlaubnis für Außenbewirtschaftung, Saison 2026

Sehr geehrte Damen und Herren,

wie in den letzten Jahren beantrage ich die Aufstellung von 12 Tischen und 48 Stühlen auf dem
Münsterplatz vor meinem Lokal (Fläche ca. 36 m², Plan anbei), vom 15.03. bis 31.10.2026.

Neu ist: Mein Sohn [[P:Enzo]] übernimmt ab Mai die Geschäftsführung, ich bleibe aber Inhaber. Bitte
schicken Sie den Bescheid trotzdem an mich. Für Rückfragen zur Möblierung wenden Sie sich bitte an
ihn ([[TEL:0176 81 33 20 55]], [[MAIL:enzo.esposito@daenzo-ulm.de]]).

Mit freundlichen Grüßen
[[P:V. Esposito]]
""",
    [
        "Abteilung Bürgerdienste – Sondernutzungen",
        "Olgastraße 66",
        "Außenbewirtschaftung",
        "12 Tischen und 48 Stühlen",
        "36 m²",
    ],
)

# 60
pii(
    "chat_bot",
    """
Chatprotokoll „Frag Bochum“ (Bürgerservice-Chat), Sitzung 2026-03-02-1187

Frag Bochum: Hallo! Ich bin der digitale Assistent der Stadt Bochum. Wobei kann ich helfen?
Besucher: hi, ich bin [[P:mo]], also [[P:mohamed el amrani]], ich brauch nen termin für die ummeldung
Frag Bochum: Gern. Termine für das Bürgerbüro buchen Sie unter bochum.example/termine. Möchten Sie eine Mitarbeiterin sprechen?
Besucher: ja bitte, hab schon 3 mal probiert. bin umgezogen von der [[STR:herner str. 299]] in die [[STR:castroper str 65a, 2. etage]]
Besucher: meine nummer ist [[TEL:0157 / 712 40 339]]
Frag Bochum: Danke. Ich übergebe an das Team Bürgerservice. Bitte haben Sie einen Moment Geduld.
Mitarbeiterin ([[P:Sascha]]): Hallo Herr [[P:El Amrani]], ich sehe, Sie haben einen Termin am 05.03. um 11:20 im Bürgerbüro Mitte, Willy-Brandt-Platz 2–6. Passt das?
Besucher: perfekt danke!! meine frau [[P:khadija]] kommt auch mit
""",
    [
        "Frag Bochum",
        "bochum.example/termine",
        "Bürgerbüro Mitte, Willy-Brandt-Platz 2–6",
        "Team Bürgerservice",
    ],
)

# 61
pii(
    "ocr_scan",
    """
W i d e r s p r u c h                                    Eing. 0 5. MRZ. 2026
                                                         Stadt Hagen FB 55

Von: [[P:Friedhe1m Sch0lz]]
     [[STR:Eppenhauser Str. l47]]
     [[LOC:58O93 Hagen]]

Gegen den Bescheid vom 1O.02.2026 (Az. [[AZ:55/2-GS-4471]]) lege ich hiermit Widerspruch ein.
Die Heizkosten von 1 .240 EUR für meine Wohnung sind nicht zu hoch, der Vermieter Herr
[[P:Dzi ekoński]] hat die Abrechnung falsch gemacht und ich habe das auch mit Herm [[P:Bauer]] vom
Mieterverein besprochen. Mein Geburtsdatum ist [[DOB:O7.O6.1949]] und ich bin schwerbehindert (GdB 80).

Unterschrift:  [[P:F. Scholz]]
                                         _____ Seite 1 von 1 _____
""",
    ["Stadt Hagen FB 55", "Heizkosten", "GdB 80", "Mieterverein", "Seite 1 von 1"],
)

# 62
pii(
    "forwarded_chain",
    """
Von: Ausländerbehörde Bonn – Team Ausbildung und Beschäftigung
An: [[MAIL:ausbildung@malerbetrieb-koenigs.de]]
Cc: [[P:Kwame Asante]] <[[MAIL:kwame.asante94@gmail.com]]>; [[P:Fuchs, Andrea]] (Flüchtlingshilfe Beuel e.V.)
Betreff: AW: AW: Ausbildungsduldung Herr [[P:Asante]] – fehlende Unterlagen

Sehr geehrter Herr [[P:Königs]],

vielen Dank. Es fehlen weiterhin der unterschriebene Ausbildungsvertrag und die Eintragung in die
Lehrlingsrolle der Handwerkskammer. Die Dateien „Ausbildungsvertrag_[[P:Asante_Kwame]]_Entwurf.docx“
und „Pass_[[P:Asante]].jpg“ konnten wir öffnen, den Vertrag aber nur als Entwurf.

Mit freundlichen Grüßen
[[P:L. Osterkamp]]

> Von: [[P:Jürgen Königs]] <[[MAIL:ausbildung@malerbetrieb-koenigs.de]]>
> Gesendet: 09.02.2026
> anbei wie besprochen die Unterlagen für unseren künftigen Azubi. Herr [[P:Asante]] (geb.
> [[DOB:11.03.1994]] in [[LOC:Kumasi]]) fängt am 01.08. bei uns an. Frau [[P:Fuchs]] von der
> Flüchtlingshilfe hat ihm beim Ausfüllen geholfen.
> Malerbetrieb [[P:Königs]], Inh. [[P:Jürgen Königs]], [[STR:Siegburger Str. 55]], [[LOC:53229 Bonn]]
""",
    [
        "Team Ausbildung und Beschäftigung",
        "Flüchtlingshilfe Beuel e.V.",
        "Lehrlingsrolle der Handwerkskammer",
        "Ausbildungsduldung",
    ],
)

# 63
pii(
    "ordnungsamt",
    """
Stadt Duisburg – Amt für Bürgerservice und Ordnung – Task Force Problemimmobilien
Kontrollbericht, gemeinsame Begehung mit Bauaufsicht und Polizei am 10.02.2026

Objekt: [[STR:In den Peschen 12]], [[LOC:47179 Duisburg]] (Eigentümer lt. Grundbuch: [[P:Hristo Angelov]], wohnhaft in [[LOC:Plowdiw]])

Wohnung EG links: angetroffen [[P:Dimitrov, Georgi]] ([[P:Георги Димитров]]), [[P:Ivanova, Desislava]]
([[P:Десислава Иванова]]) und drei Kinder (nach Angabe 3, 6 und 9 Jahre). Gemeldet ist nur Herr
[[P:Dimitrov]]. Frau [[P:Ivanova]] legte einen bulgarischen Personalausweis vor (Nr. [[PASS:647118203]]).

Wohnung 1. OG: 7 Matratzen, keine Person angetroffen. Laut Nachbar ([[P:Emre]], Vorname) wohnen dort
„wechselnd Arbeiter von [[P:Kostadinov]]“ – gemeint ist vermutlich die Firma [[P:Kostadinov]] Bau EOOD.

Mängel: kein zweiter Rettungsweg, Schimmel, Elektrik unsicher. Nutzungsuntersagung für das 1. OG
durch Bauaufsicht vor Ort. Bericht an Jobcenter und Familienkasse (Kindergeld für drei Kinder
wird an Frau [[P:Ivanova]] gezahlt).

Für den Bericht: KOK [[P:Brauckmann]] / Stadtinspektorin [[P:Lenz]]
""",
    ["Task Force Problemimmobilien", "Nutzungsuntersagung", "zweiter Rettungsweg", "Familienkasse"],
)

# 64
pii(
    "invoice",
    """
Übersetzungen Russisch · Ukrainisch · Deutsch
[[P:Svetlana Kusnezowa]], staatlich geprüfte Übersetzerin, ermächtigt beim OLG Hamm
[[STR:Ostenhellweg 42, 4. Etage]] · [[LOC:44137 Dortmund]] · [[TEL:0231 / 58 44 91 27]] · [[MAIL:kusnezowa.uebersetzungen@t-online.de]]

An die Stadt Dortmund, Ausländerbehörde, Olpe 1, 44135 Dortmund

Rechnung Nr. K-2026-019                         Leistungsdatum: 12.–16.02.2026
Ihr Auftrag: Übersetzung von Personenstandsurkunden, Vorgang [[AZ:32/1-UA-2025-3391]]

3 Geburtsurkunden (ukr. → dt.), je Normzeile 1,80 €, 94 Normzeilen          169,20 €
1 Heiratsurkunde (rus. → dt.), 41 Normzeilen                                 73,80 €
Beglaubigungen, 4 x 5,00 €                                                   20,00 €
Summe (umsatzsteuerfrei nach § 19 UStG, Kleinunternehmerin)                 263,00 €

Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf mein Konto
[[IBAN:DE72 2505 0180 7939 5718 01]] (Inhaberin: [[P:S. Kusnezowa]]).
Steuer-ID: [[TAX:61215109370]]

[[P:Светлана Кузнецова]]
""",
    ["Olpe 1", "Personenstandsurkunden", "§ 19 UStG", "263,00 €", "OLG Hamm"],
)

# 65
pii(
    "formal_letter",
    """
Stadt Osnabrück – Büro für Friedenskultur
Bierstraße 28, 49074 Osnabrück

Frau
[[P:Abena Adjei-Bauer]]
[[STR:Lotter Str. 14]]
[[LOC:49078 Osnabrück]]

Osnabrück, 03.03.2026

Ihre Nominierung für den Bertha-von-Suttner-Preis der Stadt Osnabrück 2026

Sehr geehrte Frau [[P:Adjei-Bauer]],

die Jury hat in ihrer Sitzung am 27.02.2026 beschlossen, Sie für Ihr Engagement im Projekt
„Nachbarschaft ohne Grenzen“ im Stadtteil Schinkel für den Bertha-von-Suttner-Preis zu nominieren.
Vorgeschlagen wurden Sie von Herrn [[P:Paul Tiedemann]] und Frau [[P:Aylin Bauer]], die Ihre Arbeit
mit Kindern aus der Erich-Maria-Remarque-Schule besonders hervorgehoben haben.

Die Preisverleihung findet am 21.09.2026 im Friedenssaal des Rathauses statt. Bitte teilen Sie uns
bis zum 31.05.2026 mit, ob Sie die Nominierung annehmen. Ihr Mann, Herr [[P:Kofi Adjei]], und Ihre
Kinder sind herzlich eingeladen.

Mit freundlichen Grüßen
Im Auftrag
[[P:Marlene Stüve]]
Leiterin des Büros für Friedenskultur
""",
    [
        "Bertha-von-Suttner-Preis",
        "Bierstraße 28, 49074 Osnabrück",
        "Nachbarschaft ohne Grenzen",
        "Erich-Maria-Remarque-Schule",
        "Friedenssaal des Rathauses",
        "Stadtteil Schinkel",
    ],
)

# ---------------------------------------------------------------------------------------------
# PII-free documents
# ---------------------------------------------------------------------------------------------

# 66
clean(
    "minutes",
    """
Niederschrift über die 9. Sitzung des Ausschusses für Stadtentwicklung und Verkehr
am Dienstag, 24.02.2026, 16:00 Uhr, Ratssaal, Konrad-Adenauer-Platz 1

TOP 1 Genehmigung der Niederschrift der 8. Sitzung – einstimmig genehmigt.

TOP 2 Umgestaltung des Willy-Brandt-Platzes (Drucksache 0173/2026)
Die Verwaltung stellt den Entwurf des Büros Freiraum Plus vor. Die Fraktion der Grünen beantragt,
die Zahl der Bäume von 14 auf 22 zu erhöhen. Der Antrag wird mit 9 : 6 Stimmen angenommen.

TOP 3 Bebauungsplan Nr. 947 „Westlich Hattinger Straße“ – Aufstellungsbeschluss
Fischer sind von der geplanten Renaturierung des Mühlenbachs nicht betroffen; der Angelverein
hat keine Einwände erhoben. Beschluss: einstimmig bei 2 Enthaltungen.

TOP 4 Anfrage zur Sperrung der A 40 zwischen Bochum-Stahlhausen und Gelsenkirchen
Straßen.NRW plant die Vollsperrung für das Wochenende 14./15. März. Umleitung über die A 42.

Die Vorsitzende schließt die Sitzung um 18:12 Uhr.
""",
    [
        "Konrad-Adenauer-Platz 1",
        "Drucksache 0173/2026",
        "Bebauungsplan Nr. 947",
        "A 40",
        "Willy-Brandt-Platzes",
        "Straßen.NRW",
    ],
)

# 67
clean(
    "press_release",
    """
Pressemitteilung 041/2026 – Stadt Gelsenkirchen, Referat Öffentlichkeitsarbeit

Anne-Frank-Gesamtschule erhält Bertha-von-Suttner-Preis 2026

Die Anne-Frank-Gesamtschule in Gelsenkirchen-Buer wird mit dem diesjährigen
Bertha-von-Suttner-Preis für Friedenserziehung ausgezeichnet. Die Jury würdigt das
Streitschlichter-Programm, an dem seit 2019 mehr als 300 Schülerinnen und Schüler teilgenommen
haben. Der Preis ist mit 5.000 Euro dotiert und wird von der Sparkasse Gelsenkirchen und der
Friedrich-Ebert-Stiftung gemeinsam gestiftet.

Die Verleihung findet am 8. Mai 2026 um 11 Uhr im Hans-Sachs-Haus statt. Die Oberbürgermeisterin
wird die Laudatio halten. Medienvertreterinnen und -vertreter sind herzlich eingeladen;
Akkreditierung bis 5. Mai unter presse@gelsenkirchen.example.

Pressekontakt: Referat Öffentlichkeitsarbeit, Telefon 0209 169-0 (Zentrale)
""",
    [
        "Anne-Frank-Gesamtschule",
        "Bertha-von-Suttner-Preis",
        "Friedrich-Ebert-Stiftung",
        "Hans-Sachs-Haus",
        "presse@gelsenkirchen.example",
        "0209 169-0",
    ],
)

# 68
clean(
    "menu",
    """
Speiseplan Betriebsrestaurant Stadthaus – KW 11 (09.–13.03.2026)

Montag      Linseneintopf mit Würstchen (auch vegan) | Gemüsecurry mit Basmatireis      4,20 € / 3,90 €
Dienstag    Fischer-Teller: Seelachsfilet mit Dillkartoffeln | Käsespätzle             5,10 € / 4,30 €
Mittwoch    Hähnchenbrust „Jäger Art“ mit Pommes | Ofengemüse mit Feta                 4,90 € / 4,10 €
Donnerstag  Rinderroulade nach Art des Hauses, Rotkohl, Klöße | Spinatknödel            5,80 € / 4,20 €
Freitag     Backfisch mit Remoulade | Kartoffelpuffer mit Apfelmus                     4,70 € / 3,80 €

Unser Koch empfiehlt am Donnerstag die Roulade nach dem Rezept der Großmutter unseres Küchenchefs.
Der Bäcker aus der Nordstadt liefert dienstags frische Brezeln. Allergene und Zusatzstoffe hängen
an der Ausgabe aus. Wegen Personalmangel bleibt die Salatbar am Freitag geschlossen.

Ihr Team vom Betriebsrestaurant – kantine@stadthaus.example, App. 2231
""",
    [
        "Betriebsrestaurant Stadthaus",
        "Fischer-Teller",
        "Unser Koch empfiehlt",
        "kantine@stadthaus.example",
        "App. 2231",
    ],
)

# 69
clean(
    "job_ad",
    """
Die Stadt Wolfsburg sucht zum nächstmöglichen Zeitpunkt für die Kantine im Rathaus A eine/n

Koch/Köchin (m/w/d)
Entgeltgruppe 5 TVöD, unbefristet, Vollzeit (39 Std./Woche)

Ihre Aufgaben:
- Zubereitung von täglich rund 250 Mittagessen nach DGE-Standard
- Warenannahme und Lagerhaltung, Einhaltung der HACCP-Vorgaben
- Anleitung von zwei Küchenhilfen und einem Auszubildenden

Ihr Profil:
- abgeschlossene Ausbildung als Koch/Köchin
- Erfahrung in der Gemeinschaftsverpflegung
- Führerschein Klasse B wünschenswert (Einkauf beim Großhandel)

Wir bieten: Gleitzeit ohne Wochenenddienste, Jobticket, betriebliche Altersversorgung (ZVK).

Bewerbungen bis 31.03.2026 über das Karriereportal, Kennziffer 2026-037.
Fragen beantwortet das Team Personalgewinnung: personalgewinnung@stadt.wolfsburg.example,
Telefon 05361 28-0.
""",
    [
        "Koch/Köchin (m/w/d)",
        "Entgeltgruppe 5 TVöD",
        "Kennziffer 2026-037",
        "personalgewinnung@stadt.wolfsburg.example",
        "HACCP-Vorgaben",
    ],
)

# 70
clean(
    "faq",
    """
Häufige Fragen – Bürgerbüro

Wo finde ich das Bürgerbüro?
Im Erdgeschoss des Rathauses, Friedrich-Ebert-Straße 17, Eingang neben der Sparkasse. Mit der Bus-
linie 354 bis Haltestelle „Rathaus“ oder mit der U35 bis Bochum Hbf (10 Minuten Fußweg).

Wann hat das Bürgerbüro geöffnet?
Mo, Di, Fr 8:00–13:00 Uhr, Do 8:00–18:00 Uhr, jeden ersten Samstag im Monat 9:00–12:00 Uhr.
Mittwochs nur mit Termin.

Brauche ich einen Termin?
Ja, für Personalausweise, Reisepässe und Anmeldungen. Termine unter www.stadt.example/termine oder
telefonisch über die Behördennummer 115.

Was kostet ein Personalausweis?
37,00 Euro (unter 24 Jahren 22,80 Euro). Ein Expressreisepass kostet 102,00 Euro.

Wie erreiche ich Sie per E-Mail?
buergerbuero@stadt.example – bitte senden Sie keine Ausweiskopien unverschlüsselt.
""",
    [
        "Friedrich-Ebert-Straße 17",
        "Bochum Hbf",
        "Behördennummer 115",
        "buergerbuero@stadt.example",
        "37,00 Euro",
    ],
)

# 71
clean(
    "it_note",
    """
Change-Ankündigung CHG-2026-0142 – Amt 10, IT-Service

Betroffen: Fachverfahren OK.EWO (Einwohnerwesen), Server sv-ewo-app01 und sv-ewo-db02
Wartungsfenster: Samstag, 14.03.2026, 07:00–13:00 Uhr
Grund: Update auf Version 26.1, Einspielen der XMeld-Schnittstelle 3.4, Sicherheits-Patches

Während des Fensters sind Auskünfte aus dem Melderegister und die Online-Anmeldung nicht
möglich. Die Terminbuchung bleibt erreichbar. Die Drucker in den Bürgerbüros (Kyocera TASKalfa)
erhalten zusätzlich ein Firmware-Update; das Windows-Image der Thin Clients wird nicht verändert.

Rollback-Plan: Snapshot der VMs um 06:45, Freigabe durch den Fachbereich bis 12:30.
Ansprechpartner: Service Desk, Tel. 2555, servicedesk@it.stadt.example (Ticket-Queue „EWO“).
""",
    [
        "CHG-2026-0142",
        "OK.EWO",
        "sv-ewo-app01",
        "XMeld-Schnittstelle 3.4",
        "servicedesk@it.stadt.example",
    ],
)

# 72
clean(
    "blank_form",
    """
Antrag auf Ausstellung einer Bewohnerparkberechtigung

Angaben zur antragstellenden Person
Name: ______________________   Vorname: ______________________
Geburtsdatum: ____.____.________
Straße, Hausnummer: _____________________________________________
PLZ, Ort: ___________   ________________________________
Telefon (freiwillig): ________________   E-Mail (freiwillig): ______________________

Angaben zum Fahrzeug
Amtliches Kennzeichen: ____ – ____ ______
Halter/in (falls abweichend): ______________________________

Zahlungsweise: ☐ bar  ☐ EC-Karte  ☐ SEPA-Lastschrift (IBAN: DE__ ____ ____ ____ ____ __)

Ort, Datum: ____________________     Unterschrift: ____________________

Bitte reichen Sie den Antrag mit einer Kopie des Fahrzeugscheins beim Bürgerbüro ein. Gebühr:
30,00 EUR pro Jahr. Rechtsgrundlage: § 45 Abs. 1b Nr. 2a StVO.
""",
    [
        "Bewohnerparkberechtigung",
        "Amtliches Kennzeichen:",
        "Kopie des Fahrzeugscheins",
        "§ 45 Abs. 1b Nr. 2a StVO",
        "30,00 EUR pro Jahr",
    ],
)

# 73
clean(
    "statistics",
    """
Bevölkerung nach Stadtbezirken, Stichtag 31.12.2025 (Hauptwohnsitz)

Stadtbezirk            Einwohner   davon nichtdeutsch   Veränderung zum Vorjahr
Innenstadt-West          54.812          24,1 %                + 0,8 %
Innenstadt-Nord          60.337          41,7 %                + 1,2 %
Eving                    39.104          23,9 %                – 0,3 %
Hörde                    56.220          14,2 %                + 0,1 %
Hombruch                 57.918           9,8 %                – 0,5 %
Brackel                  56.003          12,6 %                + 0,2 %
Gesamt                  603.462          21,3 %                + 0,4 %

Häufigste Staatsangehörigkeiten der nichtdeutschen Bevölkerung: türkisch, polnisch, syrisch,
rumänisch, bulgarisch, ukrainisch. Quelle: Einwohnermelderegister, Dortmunder Statistik Heft 229.
""",
    [
        "Stichtag 31.12.2025",
        "Innenstadt-Nord",
        "603.462",
        "Dortmunder Statistik Heft 229",
        "Hombruch",
    ],
)

# 74
clean(
    "notice",
    """
Fahrplanänderung ab 06.04.2026 – Linien 354, 365 und NE 5

Wegen der Bauarbeiten an der Brücke Kemnader Straße wird die Linie 354 zwischen Bochum Hbf und
Querenburg Hustadt umgeleitet. Die Haltestellen „Lennershof“ und „Kosterbrücke“ entfallen
ersatzlos; Ersatzhaltestelle ist „Universitätsstraße/Markstraße“. Die Linie 365 fährt im
15-Minuten-Takt statt alle 20 Minuten. Der Nachtexpress NE 5 hält zusätzlich an der Haltestelle
„Ruhr-Universität Nord“.

Fahrgäste in Richtung Witten nutzen bitte die S-Bahn S 1 ab Bochum Hbf oder den RE 4.
Auskunft: Kundencenter der BOGESTRA im Hauptbahnhof, Mo–Fr 7–19 Uhr, Sa 9–14 Uhr,
Servicenummer 0800 6 50 40 30 (kostenlos).
""",
    [
        "Linie 354",
        "Bochum Hbf",
        "Universitätsstraße/Markstraße",
        "NE 5",
        "BOGESTRA",
        "0800 6 50 40 30",
    ],
)

# 75
clean(
    "public_notice",
    """
Öffentliche Bekanntmachung

Bebauungsplan Nr. 112 „Gewerbegebiet Am Kanal – Erweiterung Süd“
hier: Öffentliche Auslegung gemäß § 3 Abs. 2 BauGB

Der Rat der Stadt Hamm hat in seiner Sitzung am 10.02.2026 den Entwurf des Bebauungsplanes
Nr. 112 nebst Begründung und Umweltbericht gebilligt und die öffentliche Auslegung beschlossen.
Der Geltungsbereich liegt zwischen der Dortmunder Straße im Norden, dem Datteln-Hamm-Kanal im
Süden und dem Gelände der Miele-Logistik im Westen.

Der Entwurf liegt vom 02.03.2026 bis einschließlich 03.04.2026 im Technischen Rathaus,
Gustav-Heinemann-Straße 10, Raum 3.118, während der Dienststunden aus und ist im Internet unter
www.hamm.example/bauleitplanung einsehbar. Stellungnahmen können während dieser Frist schriftlich,
zur Niederschrift oder per E-Mail an bauleitplanung@stadt.hamm.example abgegeben werden.

Hamm, 16.02.2026
Der Oberbürgermeister
""",
    [
        "Bebauungsplan Nr. 112",
        "§ 3 Abs. 2 BauGB",
        "Gustav-Heinemann-Straße 10, Raum 3.118",
        "Miele-Logistik",
        "bauleitplanung@stadt.hamm.example",
    ],
)

# 76
clean(
    "fee_schedule",
    """
Auszug aus der Verwaltungsgebührensatzung der Stadt Kassel (Stand 01.01.2026)

Tarifstelle   Amtshandlung                                                   Gebühr
1.1           Meldebescheinigung, einfach                                      8,00 €
1.2           Meldebescheinigung, erweitert                                   12,00 €
1.3           Melderegisterauskunft, einfach (§ 44 BMG)                       12,00 €
2.1           Beglaubigung einer Unterschrift                                  5,00 €
2.2           Beglaubigung einer Abschrift, je Seite                           2,00 €
3.4           Ausnahmegenehmigung Schwerlastverkehr (§ 46 StVO)        10,20 – 767,00 €
4.1           Sondernutzung Außengastronomie Innenstadt, je m² und Monat       3,50 €
4.2           Sondernutzung Außengastronomie übrige Stadtteile, je m²/Monat   1,80 €

Gebührenbefreiung nach § 7: Empfänger von Leistungen nach dem SGB II und SGB XII, soweit die
Amtshandlung für den Leistungsbezug benötigt wird. Die Gebühren werden mit Bekanntgabe fällig.
""",
    [
        "Verwaltungsgebührensatzung der Stadt Kassel",
        "§ 44 BMG",
        "Tarifstelle",
        "3,50 €",
        "Gebührenbefreiung nach § 7",
    ],
)

# 77
clean(
    "notice",
    """
Straßenreinigung und Winterdienst – Reinigungsklassen ab 01.04.2026

Die Straßenreinigungssatzung ordnet jede Straße einer Reinigungsklasse zu. Geändert haben sich:

Reinigungsklasse A (wöchentlich zweimal, mit Winterdienst):
Bahnhofstraße, Goethestraße, Friedrich-Ebert-Straße zwischen Markt und Kaiserplatz,
Konrad-Adenauer-Ring

Reinigungsklasse B (wöchentlich, mit Winterdienst):
Schillerstraße, Heinrich-Heine-Weg, Käthe-Kollwitz-Straße, Am Fuchsbau, Hahnenweg

Reinigungsklasse C (vierzehntäglich, ohne Winterdienst durch die Stadt):
Vogelsang, Im Wolfskamp, Sommerweg, Winterstraße

In Klasse C müssen Anliegerinnen und Anlieger selbst räumen und streuen – werktags bis 7 Uhr, an
Sonn- und Feiertagen bis 9 Uhr. Fragen an den Entsorgungsbetrieb, strassenreinigung@ebs.example.
""",
    [
        "Reinigungsklasse A",
        "Käthe-Kollwitz-Straße",
        "Im Wolfskamp",
        "Winterstraße",
        "strassenreinigung@ebs.example",
    ],
)

# 78
clean(
    "announcement",
    """
Stadtteilfest „Bunt am Borsigplatz“ – Samstag, 13. Juni 2026, 12–20 Uhr

Auf dem Borsigplatz und in der Oesterholzstraße feiern Vereine, Kitas und Initiativen aus der
Nordstadt. Die Bühne vor der St.-Albertus-Magnus-Kirche zeigt ab 14 Uhr Tanzgruppen der
Hauptschule am Ostpark und des Kulturzentrums Dietrich-Keuning-Haus. Für Kinder gibt es eine
Hüpfburg, Kinderschminken und eine Haribo-Verkostung am Stand des Kioskvereins.

Gefördert aus Mitteln des Programms „Soziale Stadt“ und von der Sparkasse Dortmund. Die Buslinie
456 wird zwischen 10 und 21 Uhr über die Brackeler Straße umgeleitet. Parkplätze sind knapp;
bitte kommen Sie mit der U44 bis Haltestelle Borsigplatz.

Anmeldung von Ständen bis 30. April beim Quartiersmanagement Nordstadt,
quartiersmanagement-nordstadt@dortmund.example.
""",
    [
        "Bunt am Borsigplatz",
        "Dietrich-Keuning-Haus",
        "St.-Albertus-Magnus-Kirche",
        "Haribo-Verkostung",
        "quartiersmanagement-nordstadt@dortmund.example",
    ],
)

# 79
clean(
    "ordinance",
    """
Satzung über die Benutzung der Obdachlosenunterkünfte der Stadt Gelsenkirchen
vom 12. Dezember 2025

§ 1 Rechtsform und Zweckbestimmung
(1) Die Stadt betreibt die Unterkünfte als öffentliche Einrichtung.
(2) Die Unterkünfte dienen der vorübergehenden Unterbringung von Personen, die obdachlos sind
und sich nicht selbst helfen können (§ 14 OBG NRW).

§ 2 Benutzungsverhältnis
Das Benutzungsverhältnis ist öffentlich-rechtlich. Ein Anspruch auf Unterbringung in einer
bestimmten Unterkunft oder auf Räume bestimmter Art und Größe besteht nicht.

§ 5 Gebühren
Für die Benutzung wird eine Gebühr von 9,80 Euro je Person und Tag erhoben. Die Gebühr wird
monatlich im Voraus fällig.

§ 9 Inkrafttreten
Diese Satzung tritt am 1. Januar 2026 in Kraft. Gleichzeitig tritt die Satzung vom 4. Mai 2017
außer Kraft.
""",
    [
        "Obdachlosenunterkünfte der Stadt Gelsenkirchen",
        "§ 14 OBG NRW",
        "9,80 Euro je Person und Tag",
        "Benutzungsverhältnis",
    ],
)

# 80
clean(
    "school_list",
    """
Weiterführende Schulen in städtischer Trägerschaft – Übersicht zum Anmeldeverfahren 2026/27

Schule                              Anschrift                          Sekretariat         Anmeldetage
Anne-Frank-Gesamtschule             Vahlkamp 20, 38304 Wolfenbüttel    05331 86-4410       23.–25.02.
Heinrich-Heine-Gymnasium            Am Exer 7, 38302 Wolfenbüttel      05331 86-4420       23.–24.02.
Geschwister-Scholl-Realschule       Neuer Weg 55, 38302 Wolfenbüttel   05331 86-4430       24.–26.02.
Gymnasium Große Schule              Rosenwall 16, 38300 Wolfenbüttel   05331 86-4440       23.–24.02.
Oberschule Cranach                  Cranachstraße 3, 38304 Wolfenbüttel 05331 86-4450      25.–26.02.

Mitzubringen: Geburtsurkunde oder Familienstammbuch, Halbjahreszeugnis Klasse 4,
Schullaufbahnempfehlung (freiwillig), Nachweis über den Masernschutz.
Auskunft: Fachbereich Schule, schulanmeldung@wolfenbuettel.example
""",
    [
        "Anne-Frank-Gesamtschule",
        "Vahlkamp 20, 38304 Wolfenbüttel",
        "Geschwister-Scholl-Realschule",
        "05331 86-4430",
        "schulanmeldung@wolfenbuettel.example",
    ],
)

# 81
clean(
    "procurement",
    """
Bekanntmachung einer beschränkten Ausschreibung nach UVgO

Vergabenummer: 2026-V-0311
Auftraggeber: Stadt Gütersloh, Zentrale Vergabestelle, Berliner Straße 70, 33330 Gütersloh

Gegenstand: Lieferung von 14 gewerblichen Waschmaschinen und 6 Trocknern für die
Kindertageseinrichtungen der Stadt (Fabrikat Miele Professional oder gleichwertig), inklusive
Aufstellung, Anschluss und Einweisung des Personals.

Los 1: Waschmaschinen, Füllgewicht mindestens 8 kg
Los 2: Wärmepumpentrockner

Ausführungsfrist: 01.06.–31.07.2026
Angebotsfrist: 20.03.2026, 10:00 Uhr, ausschließlich elektronisch über das Vergabeportal NRW
Zuschlagskriterien: Preis 70 %, Energieverbrauch 20 %, Servicezeiten 10 %
Rückfragen nur über das Portal; telefonische Auskünfte werden nicht erteilt.
""",
    [
        "Vergabenummer: 2026-V-0311",
        "Berliner Straße 70, 33330 Gütersloh",
        "Miele Professional",
        "Vergabeportal NRW",
        "UVgO",
    ],
)

# 82
clean(
    "notice",
    """
Wildtiere in der Stadt – Hinweise der Unteren Naturschutzbehörde

Fuchs im Garten? Füchse sind in Wohngebieten inzwischen häufig und für Menschen in aller Regel
ungefährlich. Bitte füttern Sie die Tiere nicht und lassen Sie kein Katzenfutter draußen stehen.

Wolf gesichtet? Bisher gibt es im Stadtgebiet keinen bestätigten Nachweis. Meldungen nimmt das
Wolfsberaternetz des Landes entgegen (Hotline 0800 9653 000).

Hahn kräht zu früh? Für Lärm von Kleintierhaltung ist nicht die Naturschutzbehörde, sondern das
Ordnungsamt zuständig.

Vogel verletzt? Die Wildvogelhilfe im Tierheim Hellweg nimmt verletzte Vögel an, Eingang
Hellweg 120, täglich 9–17 Uhr.

Engel der Natur: Die Ehrenamtlichen der Naturschutzjugend suchen Verstärkung für die
Amphibienwanderung im Frühling und für die Nistkastenpflege im Winter.
""",
    [
        "Unteren Naturschutzbehörde",
        "Wolfsberaternetz",
        "0800 9653 000",
        "Tierheim Hellweg",
        "Naturschutzjugend",
    ],
)

# 83
clean(
    "job_ad",
    """
Stellenausschreibung Nr. 12/2026

Sachbearbeiter/in (m/w/d) Wohngeld
im Fachbereich Soziales und Wohnen, Entgeltgruppe 9a TVöD bzw. Besoldungsgruppe A 9 LBesO

Wir erwarten:
- Verwaltungsfachangestellte/r mit Angestelltenlehrgang II oder Bachelor of Laws (Public Administration)
- sicherer Umgang mit dem Wohngeldgesetz (WoGG) und dem SGB X
- Kenntnisse in OK.SOZ+ sind von Vorteil

Wir bieten: mobiles Arbeiten bis 60 %, Fortbildung an der HSPV NRW, Fahrradleasing, Kita-Plätze
in der betriebsnahen Kita „Kleine Füchse“.

Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt. Bewerbungen von
Menschen aller Nationalitäten sind ausdrücklich erwünscht.

Bewerbungsschluss: 15.04.2026 – Rückfragen an das Personalamt, bewerbung@stadt-herne.example,
Tel. 02323 16-0.
""",
    [
        "Stellenausschreibung Nr. 12/2026",
        "Entgeltgruppe 9a TVöD",
        "Wohngeldgesetz (WoGG)",
        "Kleine Füchse",
        "bewerbung@stadt-herne.example",
    ],
)

# 84
clean(
    "signature",
    """
Mit freundlichen Grüßen

Ihr Team Bürgerservice

Stadt Leverkusen
Fachbereich Bürgerservice
Friedrich-Ebert-Platz 1
51373 Leverkusen
Telefon: 0214 406-0 (Zentrale) | Fax: 0214 406-3302
E-Mail: buergerservice@stadt.leverkusen.example
Internet: www.leverkusen.example

Öffnungszeiten: Mo–Mi 7:30–16:00, Do 7:30–18:00, Fr 7:30–12:00

Bitte beachten Sie unsere Hinweise zum Datenschutz nach Art. 13 DSGVO unter
www.leverkusen.example/datenschutz. Diese E-Mail wurde automatisch erzeugt.
""",
    [
        "Friedrich-Ebert-Platz 1",
        "0214 406-0",
        "buergerservice@stadt.leverkusen.example",
        "Art. 13 DSGVO",
        "Fachbereich Bürgerservice",
    ],
)

# 85
clean(
    "training",
    """
Fortbildungsprogramm 1. Halbjahr 2026 – Studieninstitut Ruhr

Nr.     Titel                                              Termin            Ort
F-101   Excel für Fortgeschrittene (Pivot, SVERWEIS)       03.–04.03.2026    Raum 0.12, EDV-Schulungsraum
F-114   Bürgerfreundliche Sprache in Bescheiden            17.03.2026        Raum 1.07
F-122   Datenschutz im Bürgerbüro – DSGVO praktisch        24.03.2026        online (Webex)
F-130   Deeskalation am Schalter                           14.–15.04.2026    Raum 2.21
F-141   Neu im Standesamt: Namensrecht ab Mai 2025         06.05.2026        Raum 1.07
F-155   Einführung in das Fachverfahren VOIS|MESO          20.05.2026        Raum 0.12

Anmeldung über das Intranet (Kachel „Fortbildung“) mit Zustimmung der Führungskraft bis drei
Wochen vor Beginn. Teilnahmegebühren trägt die entsendende Dienststelle.
""",
    ["Studieninstitut Ruhr", "F-101", "Raum 0.12", "VOIS|MESO", "Kachel „Fortbildung“"],
)

# 86
clean(
    "awards",
    """
Ehrungen und Preise der Stadt – Ausschreibungen 2026

Carl-Duisberg-Preis für Nachwuchsforschung: für Abschlussarbeiten an Hochschulen der Region zu
Chemie und Umwelttechnik, 3.000 Euro, Einreichung bis 30.06.2026.

Sophie-und-Hans-Scholl-Preis für Zivilcourage: für Schülerinnen und Schüler, die sich gegen
Ausgrenzung einsetzen, 1.500 Euro und eine Reise nach München.

Käthe-Kollwitz-Kunstpreis: für Künstlerinnen und Künstler mit Atelier im Stadtgebiet,
Ausstellung im Museum Morsbroich.

Ehrenamtspreis „Goldene Brücke“: Vorschläge aus der Bürgerschaft, Vereine und Initiativen.

Vorschläge und Bewerbungen an: Büro des Oberbürgermeisters, Referat Ehrungen,
ehrungen@stadt.example. Über die Vergabe entscheidet eine unabhängige Jury; der Rechtsweg ist
ausgeschlossen.
""",
    [
        "Carl-Duisberg-Preis",
        "Sophie-und-Hans-Scholl-Preis",
        "Käthe-Kollwitz-Kunstpreis",
        "Museum Morsbroich",
        "ehrungen@stadt.example",
    ],
)

# 87
clean(
    "lost_property",
    """
Fundsachenverzeichnis Februar 2026 – Fundbüro im Bürgeramt Süd (Versteigerung gemäß § 979 BGB)

Fund-Nr.     Fundtag     Fundort                              Gegenstand
2026-0291    02.02.      Straßenbahn Linie 8                  Regenschirm, schwarz, Marke Knirps
2026-0302    04.02.      Hauptbahnhof, Gleis 5                Rucksack (Deuter), Inhalt Sportkleidung
2026-0317    07.02.      Stadtbibliothek, 2. OG               Lesebrille im Etui
2026-0325    09.02.      Bus 354, Haltestelle Rathaus         Kinderwagen-Regenschutz
2026-0341    13.02.      Parkhaus Am Theater, Ebene -1        Autoschlüssel VW mit Anhänger „Werder“
2026-0366    16.02.      Schwimmbad Südbad                    Armbanduhr, Casio
2026-0388    16.02.      Doberaner Platz                      Geldbörse, braun (Eigentümer ermittelt)

Fundsachen ohne Eigentümerermittlung werden nach sechs Monaten versteigert.
Abholung Mo/Do 8–12 Uhr, Nachweis der Berechtigung erforderlich.
""",
    [
        "Fundsachenverzeichnis Februar 2026",
        "§ 979 BGB",
        "Straßenbahn Linie 8",
        "Parkhaus Am Theater",
        "Schwimmbad Südbad",
    ],
)

# 88
clean(
    "faq",
    """
Wohngeld – häufige Fragen und ein Rechenbeispiel

Wer kann Wohngeld bekommen?
Haushalte mit geringem Einkommen, die keine Leistungen wie Bürgergeld oder Grundsicherung
erhalten. Mieterinnen und Mieter erhalten einen Mietzuschuss, Eigentümer einen Lastenzuschuss.

Beispiel: Ein Paar mit zwei Kindern, Mietenstufe IV, Bruttokaltmiete 780 Euro, anrechenbares
Gesamteinkommen 2.350 Euro monatlich. Das Wohngeld beträgt nach der Wohngeldtabelle 2025 rund
312 Euro im Monat. Die Werte dienen nur der Orientierung; verbindlich ist allein der Bescheid.

Wie lange dauert die Bearbeitung?
Derzeit etwa acht bis zwölf Wochen. Wohngeld wird ab dem Monat gezahlt, in dem der Antrag
eingeht – stellen Sie ihn also rechtzeitig, notfalls formlos.

Wo bekomme ich Hilfe beim Ausfüllen?
Beim Mieterverein, bei den Wohlfahrtsverbänden oder in der Wohngeldsprechstunde, dienstags
9–12 Uhr im Sozialrathaus Nord, Raum E.14.
""",
    [
        "Mietenstufe IV",
        "Wohngeldtabelle 2025",
        "312 Euro im Monat",
        "Sozialrathaus Nord, Raum E.14",
        "Lastenzuschuss",
    ],
)

# 89
clean(
    "agenda",
    """
Einladung zur 22. Sitzung des Rates der Stadt Bottrop
am Donnerstag, 19.03.2026, 15:00 Uhr, Ratssaal im Rathaus, Ernst-Wilczok-Platz 1

Tagesordnung – Öffentlicher Teil
1.  Einwohnerfragestunde
2.  Haushaltssatzung 2026 mit Haushaltsplan (Drucksache 0042/2026)
3.  Wirtschaftsplan der Bottroper Entsorgung und Stadtreinigung (Drucksache 0051/2026)
4.  Benennung einer Straße im Baugebiet „Welheimer Mark“ in „Hedwig-Dohm-Straße“ (Drucksache 0060/2026)
5.  Zuschuss an den Förderverein Josef-Albers-Museum Quadrat (Drucksache 0063/2026)
6.  Bericht über die Umsetzung des Klimaschutzkonzepts „InnovationCity“
7.  Anfragen und Mitteilungen

Nichtöffentlicher Teil
8.  Grundstücksangelegenheiten
9.  Personalangelegenheiten

Der Oberbürgermeister
""",
    [
        "Ernst-Wilczok-Platz 1",
        "Drucksache 0042/2026",
        "Hedwig-Dohm-Straße",
        "Josef-Albers-Museum Quadrat",
        "InnovationCity",
    ],
)

# 90
clean(
    "calendar",
    """
Abfuhrkalender 2026 – Bezirk 7 (Stadtteile Sommerberg, Vogelsang, Fuchskuhle)

Restmüll (graue Tonne): 14-täglich, Montag in ungeraden Kalenderwochen
Bioabfall (braune Tonne): wöchentlich, Donnerstag (Dezember bis Februar 14-täglich)
Gelber Sack: 14-täglich, Freitag in geraden Kalenderwochen
Papier (blaue Tonne): alle vier Wochen, Dienstag – erste Abfuhr 13.01.2026

Feiertagsverschiebungen: Die Abfuhr verschiebt sich in der Woche nach Ostern und nach
Pfingsten um einen Tag nach hinten. Weihnachtsbäume werden am 10. und 17. Januar abgeholt.

Sperrmüll: zweimal jährlich kostenlos auf Abruf unter www.awb.example/sperrmuell oder
Telefon 0800 1 23 45 67. Wertstoffhof Winterberg-Straße: Mo–Fr 8–17 Uhr, Sa 8–13 Uhr.
""",
    [
        "Abfuhrkalender 2026 – Bezirk 7",
        "Fuchskuhle",
        "Wertstoffhof Winterberg-Straße",
        "0800 1 23 45 67",
        "www.awb.example/sperrmuell",
    ],
)

# 91
clean(
    "notice",
    """
Stadtbücherei im Bertolt-Brecht-Haus – Programm März 2026

Die Stadtbücherei am Willy-Brandt-Ring 4 ist wegen Umbauarbeiten im Kinderbereich vom 02. bis
06.03. nur im Erdgeschoss geöffnet. Die Rückgabe ist rund um die Uhr über den Automaten am
Haupteingang möglich.

Veranstaltungen:
- Di, 10.03., 16 Uhr: Bilderbuchkino „Der Grüffelo“ (ab 4 Jahren), Raum Momo
- Do, 12.03., 19 Uhr: Lesung aus dem neuen Krimi der Reihe „Kommissar Wagner ermittelt“,
  Eintritt 6 Euro, ermäßigt 4 Euro
- Sa, 21.03., 11 Uhr: Sprachcafé Deutsch – Arabisch – Ukrainisch, ohne Anmeldung
- Mi, 25.03., 15 Uhr: Tablet-Sprechstunde für Seniorinnen und Senioren

Öffnungszeiten: Di–Fr 10–19 Uhr, Sa 10–14 Uhr. Kontakt: stadtbuecherei@stadt.example,
Telefon 0531 470-6838.
""",
    [
        "Bertolt-Brecht-Haus",
        "Willy-Brandt-Ring 4",
        "Raum Momo",
        "Kommissar Wagner ermittelt",
        "stadtbuecherei@stadt.example",
    ],
)

# 92
clean(
    "fee_schedule",
    """
Elternbeiträge für Kindertageseinrichtungen ab 01.08.2026 (monatlich, U3 / Ü3)

Jahreseinkommen der Eltern        25 Std.        35 Std.        45 Std.
bis 25.000 €                      0 € / 0 €      0 € / 0 €      0 € / 0 €
bis 37.000 €                     42 € / 21 €    58 € / 29 €    76 € / 38 €
bis 50.000 €                     88 € / 44 €   121 € / 61 €   158 € / 79 €
bis 62.000 €                    134 € / 67 €   184 € / 92 €   241 € / 121 €
über 62.000 €                   180 € / 90 €   248 € / 124 €  324 € / 162 €

Das letzte Kindergartenjahr vor der Einschulung ist beitragsfrei (§ 50 KiBiz). Für Geschwister-
kinder wird kein Beitrag erhoben. Verpflegungskosten (3,20 € je Mittagessen) werden von den
Trägern gesondert abgerechnet. Einkommensnachweise sind bis zum 30.09. beim Jugendamt,
Abteilung Elternbeiträge, einzureichen: elternbeitraege@jugendamt.example.
""",
    [
        "Elternbeiträge für Kindertageseinrichtungen",
        "§ 50 KiBiz",
        "3,20 € je Mittagessen",
        "elternbeitraege@jugendamt.example",
        "bis 37.000 €",
    ],
)

# 93
clean(
    "notice",
    """
Verkehrsinformation: Vollsperrung Kaiserstraße

Wegen der Erneuerung der Fernwärmeleitung durch die Stadtwerke wird die Kaiserstraße zwischen
Hausnummer 12 und Hausnummer 40 vom 16.03. bis voraussichtlich 24.04.2026 voll gesperrt. Die
Zufahrt zum Parkhaus Kaiserstraße 31 bleibt über die Lindenstraße möglich. Anlieger erreichen
ihre Grundstücke zu Fuß; für Rettungsfahrzeuge bleibt eine Gasse frei.

Umleitung: über Goethestraße – Am Hang – An der Kirche. Die Buslinien 7 und 17 fahren ab
Haltestelle „Kaiserstraße“ nach Sonderfahrplan; die Haltestellen „Karlsplatz“ und
„Kaiserstraße/Mitte“ entfallen.

Baustellentelefon der Stadtwerke: 0800 444 12 12 (werktags 7–18 Uhr),
baustelle@stadtwerke.example.
""",
    [
        "Kaiserstraße zwischen",
        "Parkhaus Kaiserstraße 31",
        "Am Hang",
        "An der Kirche",
        "0800 444 12 12",
    ],
)

# 94
clean(
    "inspection",
    """
Lebensmittelüberwachung – Kontrollbericht (Auszug, anonymisiert für den Jahresbericht)

Betriebsart: Kantine einer Behörde (ca. 400 Essen/Tag)
Kontrollanlass: Routinekontrolle, unangekündigt, 11.02.2026, 10:15–12:40 Uhr

Feststellungen:
1. Kühlraum 2: Temperatur 9 °C (Soll ≤ 7 °C); Thermometer defekt. Sofortmaßnahme: Umlagerung.
2. Reinigungsplan vorhanden, aber nicht abgezeichnet seit KW 5.
3. Der Koch und zwei Küchenhilfen trugen keine Kopfbedeckung beim Portionieren.
4. Rückstellproben vollständig (96 Stunden), ordnungsgemäß beschriftet.
5. Allergenkennzeichnung nach LMIV korrekt.

Bewertung: Mängel geringen Umfangs, Nachkontrolle innerhalb von 4 Wochen (gebührenpflichtig,
86,00 EUR). Rechtsgrundlagen: VO (EG) Nr. 852/2004, LMHV, § 39 LFGB.
""",
    [
        "Lebensmittelüberwachung",
        "Der Koch und zwei Küchenhilfen",
        "VO (EG) Nr. 852/2004",
        "§ 39 LFGB",
        "86,00 EUR",
    ],
)

# 95
clean(
    "notice",
    """
Wochenmarkt auf dem Domplatz – neue Standordnung ab April

Ab dem 07.04.2026 findet der Wochenmarkt dienstags und freitags von 7 bis 13:30 Uhr statt. Die
Stände werden neu geordnet: Bauer und Gärtnerin aus dem Umland stehen an der Westseite, Metzger
und Fischer an der Nordseite (Kühlanschluss), der Bäcker bleibt am Brunnen. Der Imker aus
Roxel kommt künftig nur freitags.

Die Standgebühr beträgt 2,40 Euro je Frontmeter und Markttag. Neue Beschickerinnen und Beschicker
bewerben sich beim Marktamt, Klemensstraße 10, Zimmer 214, marktamt@stadt-muenster.example.

Parken: Parkhaus Domplatz-Süd, Tiefgarage unter dem Stadthaus 2, Fahrradstellplätze an der
Lambertikirche.
""",
    [
        "Wochenmarkt auf dem Domplatz",
        "Bauer und Gärtnerin",
        "der Bäcker bleibt am Brunnen",
        "2,40 Euro je Frontmeter",
        "marktamt@stadt-muenster.example",
    ],
)

# 96
clean(
    "economic_report",
    """
Wirtschaftsförderung – Quartalsbericht IV/2025 (Auszug)

Größte Arbeitgeber am Standort (Beschäftigte, gerundet):
Thyssenkrupp Steel Europe AG          12.400
Miele & Cie. KG, Werk Gütersloh        4.200
Dr. August Oetker Nahrungsmittel KG    2.100
Haribo GmbH & Co. KG (Logistikzentrum)   850
Vorwerk Elektrowerke                     780
Stadtverwaltung (Kernverwaltung)       6.300

Ansiedlungen im Quartal: 7 Unternehmen mit zusammen 212 Arbeitsplätzen, darunter ein
Rechenzentrum im Gewerbegebiet Am Kanal und ein Start-up für Batterierecycling auf dem
Gelände der ehemaligen Zeche Ewald.

Gewerbeanmeldungen: 1.284 (Vorjahresquartal 1.197), Abmeldungen: 1.011. Leerstandsquote
Innenstadt: 8,9 %. Breitband: 71 % der Haushalte mit Glasfaseranschluss (FTTH/B).
""",
    [
        "Thyssenkrupp Steel Europe AG",
        "Miele & Cie. KG",
        "Dr. August Oetker Nahrungsmittel KG",
        "Haribo GmbH & Co. KG",
        "Zeche Ewald",
    ],
)

# 97
clean(
    "fee_schedule",
    """
Friedhofsgebühren 2026 – Auszug

Grabstätten (Nutzungsrecht 25 Jahre)
Reihengrab für Erdbestattung                    1.480,00 €
Wahlgrab, je Stelle                             2.260,00 €
Urnenreihengrab                                   890,00 €
Urnengemeinschaftsfeld „Am Lindenhain“          1.150,00 € (inkl. Pflege)
Baumbestattung im Friedwald Hohe Mark           1.690,00 €

Benutzung der Trauerhalle (je Feier, 45 Minuten)   310,00 €
Kühlzelle, je angefangener Tag                      28,00 €
Umbettung einer Urne                               245,00 €

Grabstätten für Kriegsopfer am Ehrenmal an der Bismarckstraße werden von der Stadt dauerhaft
gepflegt; es fallen keine Gebühren an. Auskunft: Friedhofsverwaltung, Hauptfriedhof,
Eingang Kaiser-Friedrich-Allee, friedhofsverwaltung@stadt.example.
""",
    [
        "Friedhofsgebühren 2026",
        "Urnengemeinschaftsfeld „Am Lindenhain“",
        "Friedwald Hohe Mark",
        "Ehrenmal an der Bismarckstraße",
        "friedhofsverwaltung@stadt.example",
    ],
)

# 98
clean(
    "public_notice",
    """
Wahlbekanntmachung zur Landtagswahl am 8. März 2026

1. Die Wahl dauert von 8:00 bis 18:00 Uhr.
2. Die Stadt ist in 94 allgemeine Wahlbezirke eingeteilt. In den Wahlbenachrichtigungen, die
   bis zum 15. Februar zugestellt wurden, sind der Wahlbezirk und der Wahlraum angegeben.
   Beispiele: Wahlbezirk 0101 – Grundschule Ernst-Moritz-Arndt, Turnhalle;
   Wahlbezirk 0412 – Grundschule Am Wiesengrund, Aula; Wahlbezirk 0703 – Sophie-Scholl-Gymnasium,
   Raum 104 (barrierefrei).
3. Jede wählende Person hat zwei Stimmen: eine Wahlkreisstimme und eine Landesstimme.
4. Die Briefwahlvorstände treten um 15:00 Uhr im Rathaus, Königstraße 88, Sitzungssaal, zusammen.
5. Wahlbriefe müssen spätestens am Wahltag um 18:00 Uhr bei der auf dem Wahlbriefumschlag
   angegebenen Stelle eingehen.

Fürth, 20.02.2026 – Die Gemeindewahlleitung
""",
    [
        "Landtagswahl am 8. März 2026",
        "Grundschule Ernst-Moritz-Arndt",
        "Sophie-Scholl-Gymnasium",
        "Königstraße 88",
        "Wahlbezirk 0412",
    ],
)

# 99
clean(
    "it_note",
    """
Release Notes Bürgerportal 4.7 (produktiv seit 02.03.2026)

Neu:
- Online-Antrag „Bewohnerparken“ mit Zahlung per Giropay und PayPal
- Postfach-Nachrichten können als PDF exportiert werden
- Barrierefreiheit: Kontraste nach WCAG 2.1 AA überarbeitet

Behoben:
- INC-2026-009112: Upload von HEIC-Fotos (iPhone) schlug fehl
- INC-2026-009870: Sitzungs-Timeout nach 10 statt 30 Minuten
- INC-2026-011873: Sperre nach 5 Fehlversuchen wurde nicht zurückgesetzt

Bekannte Einschränkungen: Die Anmeldung mit dem Online-Ausweis über die AusweisApp funktioniert
unter Android 15 nur ab Version 2.3. Technische Ansprechstelle: Team E-Government,
egov@it.stadt.example, Jira-Projekt BPORT.
""",
    ["Bürgerportal 4.7", "WCAG 2.1 AA", "INC-2026-009112", "AusweisApp", "egov@it.stadt.example"],
)

# 100
clean(
    "minutes",
    """
Ergebnisprotokoll Dienstbesprechung Standesamt, 05.03.2026

Teilnehmende: Amtsleitung, 6 Standesbeamtinnen und Standesbeamte, Sachbearbeitung Urkundenstelle

1. Trautermine 2026: Der Trausaal im Schloss Borbeck ist von Mai bis September an allen Freitagen
   ausgebucht. Zusätzliche Termine samstags im Wasserturm (Gebühr 260 Euro).
2. Namensrecht: Seit 01.05.2025 sind echte Doppelnamen als Ehename möglich. Die Vordrucke in
   AutiSta werden mit dem nächsten Update (Version 14.2) angepasst.
3. Urkundenanforderungen: Die Bearbeitungszeit liegt bei 9 Werktagen. Online-Anträge über das
   Portal werden bevorzugt; Anfragen an standesamt@essen.example bitte nur für Rückfragen.
4. Personal: Eine Stelle (EG 9b) ist ausgeschrieben, Kennziffer 2026-051.

Nächste Dienstbesprechung: 02.04.2026, 8:30 Uhr, Raum 1.12.
""",
    ["Schloss Borbeck", "AutiSta", "standesamt@essen.example", "Kennziffer 2026-051", "Raum 1.12"],
)

if __name__ == "__main__":
    sys.exit(CORPUS.main(OUT, {"pii": 65, "clean": 35}))
