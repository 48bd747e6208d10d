"""Build the seventh German PII redaction held-out corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_heldout7/build_heldout7.py

This is a BLIND held-out set: it is measured only in aggregate. Do not read the documents, do not
tune the redactor on them and do not copy from them into rules, tests or other corpora. It was
written without sight of the redactor's rules, its benchmark or the other held-out corpora, from
knowledge of the everyday intake of a German city's back office: letters from citizens
(objections, applications, complaints, changes of address, Gewerbeanmeldung, building
applications, parking fines, dog tax, Kita places, housing benefit, naturalisation, registration
of deaths and births), e-mails and forwarded chains, web-form and form-mailer submissions,
OCR-noisy scans and faxes, letters of lawyers, courts, landlords, employers, doctors and insurers,
internal notes and phone notes. The PII-free texts are administrative texts full of traps:
public offices with addresses and switchboards, functional mailboxes, streets, schools,
foundations, dishes and prizes named after persons, firms named after their founders, council
papers, statutes, press releases, tenders, timetables, event listings, job ads, statistics and
IT notices with server addresses.

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets. Short aliases:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions (those of the development sets):
  - salutations, titles and roles ("Herr", "Frau", "Dr.", "RAin", "Familie") stay outside a
    PERSON span; particles belonging to the surname are inside; "Nachname, Vorname" is one span;
    lower-case names, nicknames, user handles and OCR-garbled names are PERSON; a name inside an
    e-mail address is annotated only as part of the EMAIL_ADDRESS; names of natural persons
    (citizens, staff, judges, lawyers, landlords) are annotated wherever they occur;
  - a private address is split into STREET_ADDRESS (street, number, additions) and LOCATION
    (postal code and town), abroad as well; a town of residence or birthplace alone is LOCATION;
    a country or a nationality is not annotated;
  - addresses, switchboards, hotlines and functional mailboxes of authorities, courts, schools,
    law firms and companies are not personal; a staff member's direct line and personal
    mailbox are;
  - file, case, customer, booking and register numbers of a citizen's matter (court file numbers
    of a person's case included) are DE_AKTENZEICHEN, the cue word outside; council papers, plan
    numbers, IT tickets and changes, tender numbers, Tatbestandsnummern and the register entries
    of companies (HRB) are not; the HRA entry of a sole trader is DE_HANDELSREGISTER;
  - IP addresses of citizens' devices are personal, addresses of servers and internal systems
    are not; only dates of birth are personal, letter dates, deadlines and event dates are not.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from redaction_markup import Corpus

C = Corpus()

# ---------------------------------------------------------------------------------------------
# Letters of citizens
# ---------------------------------------------------------------------------------------------

C.pii(
    "letter",
    """
[[P:Heinrich Fuchs]]
[[STR:Am Deich 41]]
[[LOC:28199 Bremen]]

Freie Hansestadt Bremen
Ordnungsamt – Bußgeldstelle
Stresemannstraße 48
28207 Bremen

03. November 2026

Ihr Aktenzeichen: [[AZ:702.415.338.6]]
Amtliches Kennzeichen: [[KFZ:HB-FH 417]]
Einspruch gegen den Bußgeldbescheid vom 21.10.2026

Sehr geehrte Damen und Herren,

hiermit lege ich gegen den oben genannten Bußgeldbescheid fristgerecht Einspruch ein.

Mir wird vorgeworfen, am 02.09.2026 um 14:12 Uhr in der Sielwallstraße im absoluten Haltverbot
geparkt zu haben (Tatbestandsnummer 112402, Verwarnungsgeld 35,00 €, zzgl. Gebühren und
Auslagen 28,50 €). Das Fahrzeug war zu diesem Zeitpunkt nicht von mir, sondern von meiner Frau
[[P:Gesine Fuchs]] geführt worden, die es zum Ausladen eines Rollstuhls für ihre Mutter,
Frau [[P:Helga Brüning]], kurz vor dem Haus abgestellt hat. Das Ausladen dauerte nach ihrer
Aussage höchstens vier Minuten, ein Halten zum Be- und Entladen war also zulässig.

Unser Nachbar, Herr [[P:Olaf Timmermann]], [[STR:Am Deich 39]], hat den Vorgang beobachtet und ist
bereit, dies schriftlich zu bestätigen. Er ist unter [[TEL:0421 59 71 33]] erreichbar.

Zudem weise ich darauf hin, dass das Schild an der Einmündung seit Wochen durch einen
Baucontainer verdeckt ist. Ein Foto vom 04.09.2026 füge ich bei.

Ich bitte daher um Einstellung des Verfahrens. Sollte dies nicht möglich sein, beantrage ich
Akteneinsicht, insbesondere in die Fotodokumentation der Verkehrsüberwachung.

Für Rückfragen erreichen Sie mich tagsüber unter [[TEL:0160 / 93 41 27 70]] oder per E-Mail an
[[MAIL:heinrich.fuchs@posteo.de]].

Mit freundlichen Grüßen

[[P:Heinrich Fuchs]]

Anlagen: Foto, Kopie des Bescheids
""",
    keep=[
        "Bußgeldstelle",
        "Stresemannstraße 48",
        "Tatbestandsnummer 112402",
        "35,00 €",
        "Akteneinsicht",
    ],
)

C.pii(
    "letter",
    """
[[P:Olena Kovalenko]]
[[STR:Eisenbahnstraße 112, Hinterhaus, 2. OG]]
[[LOC:04315 Leipzig]]
Tel.: [[TEL:+49 1577 4820193]]

Stadt Leipzig
Amt für Wohnungsbau und Stadterneuerung
Abteilung Wohngeld
Prager Straße 118–136
04317 Leipzig

Leipzig, den 14.11.2026

Wohngeldantrag – Nachreichung von Unterlagen
Ihr Zeichen: [[AZ:WG-64.2-2026-08817]]

Sehr geehrte Frau [[P:Lindner]],

vielen Dank für Ihr Schreiben vom 28.10.2026. Wie gewünscht reiche ich folgende Unterlagen
nach:

1. Mietbescheinigung, ausgefüllt von meinem Vermieter, Herrn [[P:Rüdiger Klaproth]]
   (Hausverwaltung Klaproth & Söhne GmbH)
2. Kopie meines Aufenthaltstitels (§ 24 AufenthG)
3. Bescheinigung des Arbeitgebers über mein Einkommen aus der Teilzeitstelle
4. Geburtsurkunden meiner Kinder in beglaubigter Übersetzung

Zu meinem Haushalt gehören:
- [[P:Olena Kovalenko]], geb. [[DOB:17.06.1988]] in [[LOC:Charkiw]]
- [[P:Maksym Kovalenko]], geb. [[DOB:02.03.2014]]
- [[P:Sofiia Kovalenko]], geb. [[DOB:29.11.2017]]

Mein Ehemann, [[P:Andrii Kovalenko]], lebt weiterhin in der Ukraine und gehört nicht zum
Haushalt.

Das Wohngeld soll bitte auf folgendes Konto überwiesen werden:
Kontoinhaberin: [[P:Olena Kovalenko]]
IBAN: [[IBAN:DE13 1203 0000 6367 5366 72]]

Die Unterlagen zum Kindergeld folgen, sobald die Familienkasse entschieden hat. Falls noch
etwas fehlt, rufen Sie mich bitte an. Ich spreche Deutsch, aber am Telefon ist es manchmal
schwer; meine Nachbarin Frau [[P:Ingrid Seifert]] hilft mir beim Übersetzen.

Mit freundlichen Grüßen
[[P:Olena Kovalenko]]
""",
    keep=[
        "Abteilung Wohngeld",
        "Prager Straße 118–136",
        "§ 24 AufenthG",
        "Familienkasse",
        "Mietbescheinigung",
    ],
    allow=("Klaproth",),
)

C.pii(
    "letter",
    """
[[P:Giuseppe Esposito]] · [[STR:Schleißheimer Straße 204, Rückgebäude]] · [[LOC:80809 München]]

Landeshauptstadt München
Kreisverwaltungsreferat
Hauptabteilung I – Sicherheit und Ordnung
Ruppertstraße 19
80337 München

Beschwerde über wiederholte nächtliche Ruhestörung

Sehr geehrte Damen und Herren,

seit mehreren Monaten werden meine Familie und ich nahezu jede Nacht durch lauten Lärm aus der
Wohnung über uns gestört. Dort wohnt Herr [[P:Kevin Lutz]] (3. OG rechts), der nach meiner
Beobachtung eine Art Tonstudio betreibt. Bässe und Schlagzeug sind regelmäßig zwischen 23 Uhr und
3 Uhr morgens zu hören.

Ich habe Herrn [[P:Lutz]] mehrfach persönlich angesprochen, zuletzt am 19.10.2026 gemeinsam mit
meiner Nachbarin Frau [[P:Roswitha Eder]] aus dem 2. OG links. Er zeigte sich uneinsichtig. Auch
die Hausverwaltung (Immobilien Steinmüller, Frau [[P:Daniela Kranz]], Tel. [[TEL:089 / 31 77 40-22]])
hat ihn bereits abgemahnt, ohne Erfolg.

Unsere Tochter [[P:Chiara]] (geboren am [[DOB:9. Mai 2019]]) muss morgens früh in die Kita und kann
kaum noch durchschlafen. Ich führe seit August ein Lärmprotokoll, das ich beilege.

Ich bitte Sie, den Sachverhalt zu prüfen und gegebenenfalls ein Bußgeldverfahren nach § 117 OWiG
einzuleiten. Die Polizeiinspektion 44 war am 07.11.2026 bereits vor Ort
(Vorgangsnummer [[AZ:BY8044-007312-26/4]]).

Sie erreichen mich unter [[TEL:0176 23 98 41 05]] oder [[MAIL:g.esposito@t-online.de]].

Mit freundlichen Grüßen

[[P:Giuseppe Esposito]]
""",
    keep=[
        "Kreisverwaltungsreferat",
        "Ruppertstraße 19",
        "§ 117 OWiG",
        "Lärmprotokoll",
        "Polizeiinspektion 44",
    ],
)

C.pii(
    "letter",
    """
Absender:
[[P:Nguyễn Thị Lan]]
c/o [[P:Nguyễn Văn Hùng]]
[[STR:Billstedter Hauptstraße 58, 4. Stock, Whg. 17]]
[[LOC:22111 Hamburg]]

An das
Bezirksamt Hamburg-Mitte
Kundenzentrum Billstedt
Öjendorfer Weg 9
22119 Hamburg

Betreff: Änderung meiner Anschrift / Anmeldung einer Nebenwohnung

Sehr geehrte Damen und Herren,

ich bin zum 01.11.2026 aus meiner bisherigen Wohnung in der [[STR:Wandsbeker Chaussee 311]],
[[LOC:22089 Hamburg]] ausgezogen und wohne vorübergehend bei meinem Bruder, Herrn
[[P:Nguyễn Văn Hùng]]. Ein Termin im Kundenzentrum war leider erst im Januar frei; ich bitte
deshalb um Mitteilung, ob ich die Anmeldung innerhalb der Zweiwochenfrist nach § 17 BMG auch
schriftlich vorbereiten kann.

Meine Daten:
Familienname: [[P:Nguyễn]]
Vornamen: [[P:Thị Lan]]
Geburtsdatum: [[DOB:23.04.1991]]
Geburtsort: [[LOC:Hải Phòng]]
Personalausweis- bzw. Passersatz: Aufenthaltstitel, gültig bis 30.06.2028

Die Wohnungsgeberbestätigung hat mein Bruder als Hauptmieter unterschrieben; der Vermieter,
die SAGA Unternehmensgruppe, hat der Aufnahme zugestimmt. Meine Post geht ab sofort an die oben
genannte Anschrift. Bitte schreiben Sie den Namen meines Bruders mit auf den Umschlag, sonst
kommt der Brief nicht an, weil mein Name nicht am Briefkasten steht.

Telefonisch bin ich unter [[TEL:040 / 73 44 19 02]] (abends) erreichbar, mobil [[TEL:0152-28840317]].

Vielen Dank und freundliche Grüße

[[P:Nguyễn Thị Lan]]
""",
    keep=[
        "Bezirksamt Hamburg-Mitte",
        "Kundenzentrum Billstedt",
        "§ 17 BMG",
        "Wohnungsgeberbestätigung",
        "SAGA Unternehmensgruppe",
    ],
)

C.pii(
    "letter",
    """
[[P:Dimitrios Papadopoulos]]
[[STR:Hölderlinstraße 7]]
[[LOC:70174 Stuttgart]]

Landeshauptstadt Stuttgart
Amt für öffentliche Ordnung
Gewerbe- und Gaststättenbehörde
Eberhardstraße 39
70173 Stuttgart

Gewerbeanmeldung nach § 14 GewO und Antrag auf Gaststättenerlaubnis

Sehr geehrte Damen und Herren,

anbei übersende ich die ausgefüllte Gewerbeanmeldung (Vordruck GewA 1) für die Übernahme des
Restaurants in der Tübinger Straße zum 01.01.2027. Die Gaststätte wurde bisher von Herrn
[[P:Stavros Karagiannis]] geführt, der den Betrieb aus Altersgründen aufgibt.

Angaben zur Person:
Name, Vorname: [[P:Papadopoulos, Dimitrios]]
geboren: [[DOB:11.08.1979]] in [[LOC:Thessaloniki]]
Wohnanschrift: siehe oben
Firma: Taverna Olympia Inh. [[P:Dimitrios Papadopoulos]] e.K., Betriebsstätte Tübinger Straße 33
Eintragung im Handelsregister: [[HR:HRA 738215]], Amtsgericht Stuttgart
Steuernummer (Finanzamt Stuttgart-Körperschaften): [[TAX:2893081508152]]

Die Küche wird gemeinsam mit meiner Ehefrau, Frau [[P:Eleni Papadopoulou]], geführt; sie ist als
mitarbeitende Familienangehörige angemeldet. Als Stellvertreter im Sinne des § 9 GastG benenne
ich meinen Cousin, Herrn [[P:Nikos Antoniadis]], wohnhaft in [[LOC:Esslingen am Neckar]].

Das Führungszeugnis (Belegart O) und die Auskunft aus dem Gewerbezentralregister habe ich
beim Bundesamt für Justiz beantragt. Die Bescheinigung über die Unterrichtung nach § 4 GastG
der IHK Region Stuttgart liegt bei.

Für Rückfragen: [[TEL:0711 64 90 33 1]] (privat) oder [[TEL:+30 694 512 7780]] (mobil, auch WhatsApp).

Mit freundlichen Grüßen
[[P:Dimitrios Papadopoulos]]
""",
    keep=[
        "Vordruck GewA 1",
        "§ 14 GewO",
        "Eberhardstraße 39",
        "Bundesamt für Justiz",
        "IHK Region Stuttgart",
    ],
)

C.pii(
    "letter",
    """
[[P:Jonas Schäfer-Wendland]] und [[P:Miriam Wendland]]
[[STR:Tullastraße 14a]]
[[LOC:79108 Freiburg im Breisgau]]

Stadt Freiburg im Breisgau
Baurechts- und Denkmalschutzamt
Fehrenbachallee 12
79106 Freiburg im Breisgau

Bauvorhaben: Neubau eines Einfamilienhauses mit Carport
Ihr Aktenzeichen: [[AZ:BRA 2026/01472]]
Nachreichung von Unterlagen gemäß Ihrer Anforderung vom 17.10.2026

Sehr geehrte Frau [[P:Oberle]],

im Namen von uns beiden als Bauherren reichen wir die fehlenden Unterlagen nach:

– überarbeiteter Lageplan (Maßstab 1:500) mit Darstellung der Abstandsflächen,
– Nachweis der Stellplätze nach § 37 LBO,
– Entwässerungsplan, abgestimmt mit der Stadtentwässerung,
– Zustimmungserklärung der Nachbarin Frau [[P:Hannelore Kürner]], [[STR:Tullastraße 16]],
  zur Grenzbebauung des Carports.

Die Entwurfsverfasserin, Frau Dipl.-Ing. [[P:Beate Imhof]] (Architekturbüro Imhof + Partner,
Kaiser-Joseph-Straße 240), hat die Pläne am 30.10.2026 unterschrieben. Bei technischen Fragen
wenden Sie sich bitte direkt an sie: [[TEL:0761 29 66 47-12]], [[MAIL:b.imhof@imhof-partner.de]].

Zur Frage der Dachbegrünung: Wir halten uns an die Festsetzungen des Bebauungsplans
„Zähringen-Nord“ (Nr. 4-91) und sehen eine extensive Begrünung auf der Garage vor.

Wir wären dankbar, wenn das Verfahren nun fortgesetzt werden könnte, da unser Finanzierungsangebot
nur bis Ende Februar gilt. Für Rückfragen zu uns: [[TEL:0171 887 33 09]] ([[P:Jonas]]) bzw.
[[MAIL:miri.wendland@web.de]].

Mit freundlichen Grüßen

[[P:Jonas Schäfer-Wendland]]          [[P:Miriam Wendland]]
""",
    keep=[
        "Baurechts- und Denkmalschutzamt",
        "§ 37 LBO",
        "Maßstab 1:500",
        "„Zähringen-Nord“ (Nr. 4-91)",
        "Kaiser-Joseph-Straße 240",
    ],
    allow=("Imhof",),
)

C.pii(
    "letter",
    """
[[P:Katarzyna Wiśniewska]]
[[STR:Friedrich-Ebert-Straße 87, Whg. 14]]
[[LOC:34119 Kassel]]

Stadt Kassel
Kassenservice / Steuern
Obere Königsstraße 8
34117 Kassel

Anmeldung eines Hundes zur Hundesteuer

Sehr geehrte Damen und Herren,

hiermit melde ich zum 15.11.2026 einen Hund zur Hundesteuer an. Wir haben den Hund aus dem
Tierheim Wau-Mau-Insel übernommen.

Rasse: Labrador-Mischling, Hündin, schwarz
Rufname: Luna
Wurfdatum (geschätzt): Frühjahr 2023
Halterin: [[P:Katarzyna Wiśniewska]], geb. [[DOB:04.02.1986]]
Mithalter: [[P:Tomasz Zieliński]], geb. [[DOB:19.12.1984]], gleiche Anschrift

Es handelt sich um den ersten Hund in unserem Haushalt. Eine Hundehaftpflichtversicherung ist
bei der HUK-COBURG abgeschlossen; die Bescheinigung liegt bei.

Für die Abbuchung erteile ich Ihnen ein SEPA-Lastschriftmandat:
Kontoinhaber: [[P:Tomasz Zieliński]]
IBAN: [[IBAN:DE05 7015 0000 7940 3867 11]]
Bank: Stadtsparkasse München (Konto aus der Zeit vor unserem Umzug)

Bitte senden Sie die Hundesteuermarke und den Bescheid an die obige Adresse. Unser bisheriger
Wohnort war [[LOC:Poznań]]; in Deutschland war der Hund noch nie angemeldet.

Telefon: [[TEL:0561 / 47 39 52 8]]
E-Mail: [[MAIL:kasia.wisniewska86@gmail.com]]

Mit freundlichen Grüßen
[[P:Katarzyna Wiśniewska]]
""",
    keep=[
        "Hundesteuermarke",
        "SEPA-Lastschriftmandat",
        "Obere Königsstraße 8",
        "HUK-COBURG",
        "Tierheim Wau-Mau-Insel",
    ],
)

C.pii(
    "letter",
    """
[[P:Ahmad Al-Hassan]]
[[STR:Prohliser Allee 23]]
[[LOC:01239 Dresden]]

Landeshauptstadt Dresden
Amt für Kindertagesbetreuung
Eltern- und Beitragsservice
Postfach 12 00 20
01001 Dresden

Anmeldung / Bedarfsmeldung für einen Betreuungsplatz
Anmelde-ID im Elternportal: [[AZ:KT-DD-2026-771904]]

Sehr geehrte Damen und Herren,

wir suchen dringend einen Krippenplatz für unseren Sohn [[P:Yusuf Al-Hassan]], geboren am
[[DOB:08.07.2025]], ab dem 01.03.2027. Unsere Tochter [[P:Lina]] (geb. [[DOB:14.01.2021]]) besucht bereits
die Kita „Regenbogen“ in der Georg-Palitzsch-Straße; ein Platz in derselben Einrichtung wäre
für uns sehr wichtig, weil wir kein Auto haben.

Meine Frau, [[P:Rania Al-Hassan]], beginnt zum 01.03.2027 eine Ausbildung zur Pflegefachfrau
am Städtischen Klinikum Dresden. Ich selbst arbeite im Schichtdienst bei einem Logistikunternehmen.
Beide Arbeitsbescheinigungen liegen bei. Wir haben einen Rechtsanspruch nach § 24 Abs. 2 SGB VIII.

Die Kita-Platz-Suche im Elternportal läuft seit März, wir haben bisher nur Absagen erhalten.
Unsere Sozialarbeiterin beim Migrationsdienst, Frau [[P:Dörte Lehmann-Ziegler]], hat uns
geraten, Ihnen direkt zu schreiben. Sie kann unsere Situation bestätigen (Tel. [[TEL:0351 / 48 59 61 34]]).

Bitte informieren Sie uns, ob und wann ein Platz angeboten werden kann. Wir sind erreichbar unter
[[TEL:0157 31 44 08 92]] oder per E-Mail: [[MAIL:ahmad.alhassan@gmx.de]].

Mit freundlichen Grüßen

[[P:Ahmad Al-Hassan]]                [[P:Rania Al-Hassan]]
""",
    keep=[
        "Amt für Kindertagesbetreuung",
        "§ 24 Abs. 2 SGB VIII",
        "Kita „Regenbogen“",
        "Postfach 12 00 20",
        "Elternportal",
    ],
)

C.pii(
    "letter",
    """
[[P:Ayşe Demir]]
[[STR:Gibitzenhofstraße 131]]
[[LOC:90443 Nürnberg]]

Stadt Nürnberg
Einwohneramt – Staatsangehörigkeitsangelegenheiten
Äußere Laufer Gasse 25
90403 Nürnberg

Nürnberg, 09.11.2026

Mein Einbürgerungsantrag vom 12.02.2025 – Sachstandsanfrage
Vorgangsnummer: [[AZ:EB-2025-003318]]

Sehr geehrter Herr [[P:Wieland]],

ich habe am 12.02.2025 meinen Antrag auf Einbürgerung gestellt und seitdem keine Nachricht
erhalten. Nach der Gesetzesänderung vom Juni 2024 ist die Beibehaltung meiner türkischen
Staatsangehörigkeit möglich; ich möchte deshalb fragen, ob noch Unterlagen fehlen.

Zur Erinnerung meine Daten:
[[P:Demir, Ayşe]], geb. [[P:Yıldırım]]
geboren am [[DOB:27. September 1983]] in [[LOC:Kayseri]]
in Deutschland seit 2004, Niederlassungserlaubnis seit 2011

Das Zertifikat über den Einbürgerungstest (bestanden mit 31 von 33 Punkten) und das
B1-Zertifikat der Volkshochschule liegen Ihnen bereits vor. Seit dem 01.08.2026 arbeite ich
nicht mehr bei der Firma Schuler Logistik, sondern als Verwaltungsangestellte bei der
Diakonie; die neue Arbeitgeberbescheinigung lege ich bei.

Mein Ehemann, [[P:Mustafa Demir]], wurde bereits 2019 eingebürgert (Reisepass-Nr.
[[PASS:C4J7Z2M8N]]). Unsere Kinder [[P:Elif]] und [[P:Can Demir]] sind in Deutschland geboren und
deutsche Staatsangehörige.

Ich wäre Ihnen dankbar für eine kurze Nachricht zum Stand des Verfahrens, gern an
[[MAIL:ayse.demir83@yahoo.de]] oder telefonisch unter [[TEL:0911 / 44 18 27]].

Mit freundlichen Grüßen
[[P:Ayşe Demir]]
""",
    keep=[
        "Einwohneramt",
        "Äußere Laufer Gasse 25",
        "Einbürgerungstest",
        "B1-Zertifikat",
        "Niederlassungserlaubnis seit 2011",
    ],
)

C.pii(
    "letter",
    """
[[P:Karin Wendt geb. Albrecht]]
[[STR:Doberaner Straße 141]]
[[LOC:18057 Rostock]]

Hanse- und Universitätsstadt Rostock
Standesamt
Neuer Markt 1
18055 Rostock

Anzeige eines Sterbefalls / Bitte um Sterbeurkunden

Sehr geehrte Damen und Herren,

mein Vater, Herr [[P:Horst Albrecht]], ist am 02.11.2026 gegen 6 Uhr morgens in seiner Wohnung
in der [[STR:Majakowskistraße 12]], [[LOC:18059 Rostock]], verstorben. Die Hausärztin, Frau Dr.
[[P:Sabine Marquardt]], hat den Tod festgestellt und die Todesbescheinigung ausgestellt.
Das Bestattungshaus Hansa-Pietät hat mir geraten, die Anzeige zusätzlich schriftlich zu machen.

Angaben zum Verstorbenen:
Name: [[P:Albrecht, Horst Günter]]
geboren: [[DOB:06.10.1960]] in [[LOC:Stralsund]]
Familienstand: verwitwet (Ehefrau [[P:Renate Albrecht]], verstorben 2021)
Rentenversicherungsnummer: [[RV:15 061060 A 227]]
Steuer-ID: [[TAX:80429464153]]

Ich benötige bitte fünf Sterbeurkunden (für Rentenversicherung, Krankenkasse, Bank,
Versicherung und Nachlassgericht). Die Gebühr von 12,00 € je Urkunde überweise ich nach Erhalt
der Rechnung. Mein Bruder, [[P:Frank Albrecht]], lebt in [[LOC:Bergen (Rügen)]] und ist mit der
Beantragung einverstanden.

Bitte teilen Sie mir mit, ob Sie noch das Familienstammbuch oder die Heiratsurkunde meiner Eltern
benötigen. Ich bin unter [[TEL:0381 / 2 00 47 16]] erreichbar.

Mit freundlichen Grüßen

[[P:Karin Wendt]]
""",
    keep=[
        "Standesamt",
        "Neuer Markt 1",
        "12,00 € je Urkunde",
        "Nachlassgericht",
        "Todesbescheinigung",
    ],
)

C.pii(
    "letter",
    """
[[P:Tesfaye Gebremedhin]] und [[P:Selam Haile]]
bei [[P:Jacobsen]]
[[STR:Kronshagener Weg 44, Haus B]]
[[LOC:24116 Kiel]]

Landeshauptstadt Kiel
Standesamt – Geburtenbeurkundung
Rathausplatz 1
24103 Kiel

Geburtsanzeige unseres Sohnes – Erklärung zur Namensführung und fehlende Nachweise

Sehr geehrte Frau [[P:Thomsen]],

am [[DOB:21.10.2026]] wurde unser Sohn im Städtischen Krankenhaus Kiel geboren. Die Klinik hat
die Geburt bereits angezeigt. Sie haben uns mitgeteilt, dass für die Beurkundung noch
Nachweise über unsere Identität und unseren Familienstand fehlen.

Vater: [[P:Tesfaye Gebremedhin]], geboren am [[DOB:3.4.1992]] in [[LOC:Asmara]]
Mutter: [[P:Selam Haile]], geboren am [[DOB:15.09.1996]] in [[LOC:Keren]]

In Eritrea ist es üblich, dass das Kind als zweiten Namen den Vornamen des Vaters trägt. Wir
möchten, dass unser Sohn den Namen [[P:Yonatan Tesfaye]] führt. Bitte beraten Sie uns, ob das
nach deutschem Recht möglich ist oder ob wir eine Rechtswahl nach Art. 10 Abs. 3 EGBGB
erklären müssen.

Eine Eheurkunde können wir nicht vorlegen, weil unsere kirchliche Heirat in einem Flüchtlingslager
in Äthiopien stattfand. Als Zeuge kann unser Freund Herr [[P:Daniel Berhane]] bestätigen, dass er
bei der Trauung anwesend war. Unsere Betreuerin von der Flüchtlingshilfe, Frau [[P:Gesa Jacobsen]],
bei der wir derzeit wohnen, hilft uns bei diesem Brief.

Eine eidesstattliche Versicherung geben wir gern bei Ihnen ab. Telefon: [[TEL:0431 / 6 47 38 20]]
(Frau [[P:Jacobsen]]) oder [[TEL:0163 51 09 224]] (Herr [[P:Gebremedhin]]).

Mit freundlichen Grüßen

[[P:Tesfaye Gebremedhin]]    [[P:Selam Haile]]
""",
    keep=[
        "Geburtenbeurkundung",
        "Rathausplatz 1",
        "Art. 10 Abs. 3 EGBGB",
        "eidesstattliche Versicherung",
        "Städtischen Krankenhaus Kiel",
    ],
)

C.pii(
    "letter",
    """
[[P:Konstantin Freiherr von Hagen]]
[[STR:Am Homburg 5]]
[[LOC:66123 Saarbrücken]]

Landeshauptstadt Saarbrücken
Zentraler Kommunaler Entsorgungsbetrieb (ZKE)
Gebührenabteilung
Heinestraße 2
66121 Saarbrücken

Widerspruch gegen den Abfallgebührenbescheid 2026
Kassenzeichen: [[AZ:7100.10.443921]]
Objekt: [[STR:Am Homburg 5]]

Sehr geehrte Damen und Herren,

gegen den Gebührenbescheid vom 12.10.2026, mir zugegangen am 15.10.2026, lege ich hiermit
Widerspruch ein.

Begründung: Der Bescheid legt für das Grundstück ein 240-Liter-Restabfallgefäß mit 14-täglicher
Leerung zugrunde. Seit dem Auszug meiner Mutter, Frau [[P:Adelheid Freifrau von Hagen]], die seit
Juli im Seniorenstift St. Arnual lebt, bewohne ich das Haus allein. Bereits am 03.08.2026 habe ich
den Tausch gegen ein 80-Liter-Gefäß beantragt; die Bestätigung Ihres Kundenservice liegt mir vor
(Auftragsnummer [[AZ:ZKE-A-2026-18834]]).

Zudem wurde die Person meiner früheren Mieterin, Frau [[P:Mareike Scholten]], die bereits im Mai
nach [[LOC:Hagen]] verzogen ist, offenbar weiterhin als Haushaltsmitglied gezählt. Eine Kopie ihrer
Abmeldebestätigung füge ich bei.

Ich beantrage, den Bescheid ab dem 01.08.2026 entsprechend zu ändern und den zu viel gezahlten
Betrag auf mein Konto zu erstatten:
IBAN [[IBAN:DE39 6605 0101 0227 1429 12]] (Sparkasse Karlsruhe)

Bis zur Entscheidung beantrage ich die Aussetzung der Vollziehung hinsichtlich des streitigen
Betrags von 146,40 €.

Hochachtungsvoll
[[P:Konstantin Freiherr von Hagen]]
Tel. [[TEL:0681 / 58 73 09]]
""",
    keep=[
        "Gebührenabteilung",
        "Heinestraße 2",
        "240-Liter-Restabfallgefäß",
        "146,40 €",
        "Aussetzung der Vollziehung",
    ],
)

C.pii(
    "letter",
    """
[[P:Andrei Popescu]]
bei [[P:Wagner]]
[[STR:Berger Straße 211, 3. OG]]
[[LOC:60385 Frankfurt am Main]]

Stadt Frankfurt am Main
Straßenverkehrsamt – Bewohnerparken
Gutleutstraße 191
60327 Frankfurt am Main

Antrag auf Ausstellung eines Bewohnerparkausweises (Bewohnerparkgebiet 26 – Bornheim)

Sehr geehrte Damen und Herren,

ich beantrage einen Bewohnerparkausweis für die Zone 26. Ich bin seit dem 01.09.2026 mit
Hauptwohnsitz unter der oben genannten Adresse gemeldet (Untermieter bei Herrn [[P:Wolfgang Wagner]]);
die Meldebestätigung liegt bei.

Fahrzeug: Dacia Logan MCV
Amtliches Kennzeichen: [[KFZ:F-AP 2207]]
Halter: [[P:Andrei Popescu]]
Fahrzeugschein Teil I in Kopie anbei

Das Fahrzeug war bis Oktober noch im Kreis Offenbach zugelassen ([[KFZ:OF-AP 318]]) und wurde
am 14.10.2026 in Frankfurt umgemeldet. Ich nutze es beruflich als Pflegekraft im ambulanten
Dienst und bin auf einen Parkplatz in Wohnungsnähe angewiesen, da ich häufig nachts Einsätze habe.

Meine Frau, [[P:Ioana Popescu]], besitzt kein eigenes Fahrzeug. Sollte ein zweiter Ausweis für
einen Firmenwagen möglich sein, bitte ich um Information, welche Nachweise dafür nötig sind.

Die Gebühr bitte per Lastschrift einziehen:
IBAN: [[IBAN:DE22 6005 0101 0561 7858 30]]

Mit freundlichen Grüßen
[[P:Andrei Popescu]]

Tel. [[TEL:+49 (0)176 4451 2890]]
E-Mail: [[MAIL:andrei.popescu.ffm@gmail.com]]
""",
    keep=[
        "Bewohnerparkgebiet 26",
        "Gutleutstraße 191",
        "Straßenverkehrsamt",
        "Fahrzeugschein Teil I",
        "Meldebestätigung",
    ],
)

C.pii(
    "letter",
    """
[[P:Sieglinde Vogel]]
[[STR:Halberstädter Straße 66]]
[[LOC:39112 Magdeburg]]

Landeshauptstadt Magdeburg
Tiefbauamt
An der Steinkuhle 6
39128 Magdeburg

Gefährlicher Gehweg vor dem Haus Halberstädter Straße 62 bis 70 – Beschwerde

Sehr geehrte Damen und Herren,

ich bin 81 Jahre alt und auf einen Rollator angewiesen. Der Gehweg zwischen den Hausnummern 62
und 70 ist seit dem Frühjahr in einem Zustand, der für ältere Menschen lebensgefährlich ist:
Wurzeln der Linden haben die Platten bis zu 8 cm angehoben, an zwei Stellen fehlen Platten ganz.

Am 28.10.2026 bin ich dort gestürzt und habe mir das Handgelenk gebrochen. Mein Sohn,
[[P:Bernd Vogel]], hat mich ins Klinikum gebracht. Ein Passant, Herr [[P:Jörg Knappe]], hat den
Unfall gesehen und mir aufgeholfen; er hat mir seine Telefonnummer gegeben ([[TEL:0391 7 32 55 18]]).

Ich habe den Schaden schon im Mai über den Mängelmelder gemeldet (Meldungsnummer
[[AZ:MM-2026-05-4471]]), es ist aber nichts passiert. Jetzt kommt der Winter, und bei Glätte
traut sich keiner aus unserem Haus mehr auf die Straße. Frau [[P:Elfriede Nowak]] aus dem
Erdgeschoss geht seit Wochen gar nicht mehr allein einkaufen.

Ich bitte Sie, den Gehweg umgehend instand zu setzen. Wegen der Kosten für meine Behandlung
werde ich mich gesondert an die Haftpflichtversicherung der Stadt wenden.

Ihre Antwort schicken Sie bitte auch an meinen Sohn:
[[P:Bernd Vogel]], [[STR:Olvenstedter Chaussee 140]], [[LOC:39130 Magdeburg]],
[[MAIL:bernd.vogel@magdeburg-online.net]]

Mit freundlichen Grüßen
[[P:Sieglinde Vogel]]
""",
    keep=[
        "Tiefbauamt",
        "An der Steinkuhle 6",
        "Mängelmelder",
        "8 cm",
        "Haftpflichtversicherung der Stadt",
    ],
)

C.pii(
    "letter",
    """
[[P:Marlene Koch]]
[[STR:Weichselstraße 19, Seitenflügel, 1. OG]]
[[LOC:12045 Berlin]]

Bezirksamt Neukölln von Berlin
Straßen- und Grünflächenamt
Fachbereich Straßen – Sondernutzungen
Karl-Marx-Straße 83
12040 Berlin

Antrag auf Einrichtung einer temporären Haltverbotszone für einen Umzug

Sehr geehrte Damen und Herren,

für unseren Umzug am Samstag, dem 12.12.2026, beantrage ich die Einrichtung einer
Haltverbotszone (Zeichen 283 mit Zusatzzeichen) vor dem Haus Weichselstraße 19 auf einer Länge
von 15 Metern, Zeitraum 7:00 bis 18:00 Uhr.

Das Umzugsunternehmen Möbel-Krüger stellt einen 7,5-t-Lkw mit dem Kennzeichen [[KFZ:B-MK 4471]]
(Halter: Inhaber [[P:Detlef Krüger]], eingetragener Kaufmann, [[HR:HRA 51993 B]]). Zusätzlich wird
der Pkw meines Lebensgefährten, [[P:Samuel Okafor]], mit dem Kennzeichen [[KFZ:B-SO 1912]] zum Beladen
benötigt.

Ich ziehe in die [[STR:Sonnenallee 204, Whg. 31]], [[LOC:12059 Berlin]]. Mein Lebensgefährte ist
Koch in einem Restaurant am Maybachufer und arbeitet samstags erst ab 16 Uhr, deshalb haben wir
diesen Termin gewählt.

Die Verwaltungsgebühr nach der Sondernutzungsgebührenverordnung werde ich nach Bescheid
überweisen. Für die Beschilderung beauftragen wir die Firma Verkehrstechnik Schulz & Co. KG,
die die Aufstellung spätestens 72 Stunden vorher vornimmt und protokolliert.

Erreichbar bin ich unter [[TEL:030 / 61 20 47 93]] oder [[TEL:0151 / 17 38 29 40]],
E-Mail [[MAIL:marlene.k@mailbox.org]].

Mit freundlichen Grüßen
[[P:Marlene Koch]]
""",
    keep=[
        "Zeichen 283",
        "Karl-Marx-Straße 83",
        "72 Stunden vorher",
        "Sondernutzungsgebührenverordnung",
        "Verkehrstechnik Schulz & Co. KG",
    ],
    allow=("Koch", "Krüger"),
)

C.pii(
    "letter",
    """
[[P:Rojda Bozkurt]] und [[P:Serhat Bozkurt]]
[[STR:Hattinger Straße 412]]
[[LOC:44795 Bochum]]

Stadt Bochum
Jugendamt – Abteilung Kindertagesbetreuung / Elternbeiträge
Rathausplatz 2–6
44787 Bochum

Widerspruch gegen den Elternbeitragsbescheid vom 20.10.2026
Kind: [[P:Zîlan Bozkurt]], geb. [[DOB:30.05.2022]]
Beitragskonto: [[AZ:51.3-EB-0087341]]

Sehr geehrte Damen und Herren,

gegen den oben genannten Bescheid legen wir Widerspruch ein.

Sie haben unser Jahreseinkommen für 2025 mit 68.400 € angesetzt und uns in die Beitragsstufe 6
eingruppiert. Dabei wurde übersehen, dass mein Mann, [[P:Serhat Bozkurt]], seit dem 01.04.2026
arbeitslos ist und Arbeitslosengeld I bezieht. Nach der Elternbeitragssatzung ist das
voraussichtliche Einkommen des laufenden Jahres maßgeblich, wenn es dauerhaft geringer ist.
Der Bewilligungsbescheid der Agentur für Arbeit (Kundennummer [[AZ:371D082744]]) liegt bei.

Außerdem wurde das Geschwisterkind nicht berücksichtigt: Unser Sohn [[P:Rênas]] (geb.
[[DOB:11.02.2020]]) besucht die OGS an der Grundschule Weitmar-Mark; nach der Satzung ist für
das zweite Kind beitragsfrei zu stellen.

Wir bitten um Neuberechnung und Erstattung der zu viel gezahlten Beiträge. Bei Rückfragen
erreichen Sie mich, [[P:Rojda Bozkurt]], unter [[TEL:0234 / 97 04 61 5]] oder
[[MAIL:rojda.bozkurt@outlook.de]].

Mit freundlichen Grüßen

[[P:Rojda Bozkurt]]        [[P:Serhat Bozkurt]]
""",
    keep=[
        "Beitragsstufe 6",
        "Elternbeitragssatzung",
        "Arbeitslosengeld I",
        "Rathausplatz 2–6",
        "Grundschule Weitmar-Mark",
    ],
)

C.pii(
    "letter",
    """
[[P:Tatjana Wolkow]]
[[STR:Silberhöhe, Anhalter Platz 3, Whg. 0807]]
[[LOC:06132 Halle (Saale)]]

Stadt Halle (Saale)
Fachbereich Soziales – Bestattungskosten nach § 74 SGB XII
Südpromenade 30
06128 Halle (Saale)

Antrag auf Übernahme der Bestattungskosten für meine Mutter

Sehr geehrte Damen und Herren,

am 24.10.2026 ist meine Mutter, Frau [[P:Walentina Wolkow]], geboren am [[DOB:17.02.1944]] in
[[LOC:Karaganda]] (damals Kasachische SSR), im Pflegeheim „Am Hufeisensee“ verstorben. Ich bin ihre
einzige Tochter und als Bestattungspflichtige von der Friedhofsverwaltung angeschrieben worden.

Ich selbst beziehe Bürgergeld (BG-Nummer [[AZ:07302BG0119264]]) und kann die Kosten nicht tragen.
Mein Bruder, [[P:Sergej Wolkow]], lebt seit vielen Jahren in [[LOC:Omsk]], zu ihm habe ich keinen
Kontakt. Der frühere Lebensgefährte meiner Mutter, Herr [[P:Eduard Reimer]], ist 2019 verstorben.

Meine Mutter hatte kein Vermögen. Sie erhielt eine kleine Rente (Rentenversicherungsnummer
[[RV:65 070357 G 071]] – sie hieß früher [[P:Gerassimowa]]) und Grundsicherung. Das Konto bei der
Saalesparkasse wies am Todestag ein Guthaben von 212,37 € auf.

Das Bestattungsinstitut Thiele hat eine einfache Urnenbestattung für 2.480,00 € angeboten. Den
Kostenvoranschlag, die Sterbeurkunde und meinen Bürgergeldbescheid lege ich bei.

Bitte überweisen Sie eine Leistung direkt an das Bestattungsinstitut oder auf mein Konto:
IBAN [[IBAN:DE52 2505 0180 7096 3660 02]]

Mit freundlichen Grüßen
[[P:Tatjana Wolkow]]
Tel. [[TEL:0345 / 6 81 90 23]]
""",
    keep=["§ 74 SGB XII", "Südpromenade 30", "2.480,00 €", "212,37 €", "Urnenbestattung"],
)

C.pii(
    "letter",
    """
[[P:Lea-Sophie Marx]]
[[STR:Kaiser-Wilhelm-Ring 71]]
[[LOC:55118 Mainz]]

An die
Landeshauptstadt Mainz
Bürgeramt
Stadthaus Große Bleiche
Große Bleiche 46/Löwenhofstraße 1
55116 Mainz

Verlustanzeige Personalausweis / Antrag auf Ausstellung eines neuen Ausweises

Sehr geehrte Damen und Herren,

hiermit zeige ich an, dass mir am Abend des 06.11.2026 in der Straßenbahnlinie 50 mein
Portemonnaie mit meinem Personalausweis abhandengekommen ist. Anzeige bei der Polizei habe ich
erstattet (Polizeiinspektion Mainz 1, Vorgangs-Nr. [[AZ:0361-2026-11-0087654]]).

Angaben zum verlorenen Dokument:
Ausweisnummer: [[ID:L7X9R2KT4]]
ausgestellt am 18.05.2022 durch die Stadt Mainz
Inhaberin: [[P:Marx, Lea-Sophie]], geb. [[DOB:02.12.1999]] in [[LOC:Bad Kreuznach]]

Ich bitte darum, den Ausweis im Register als abhandengekommen zu kennzeichnen und die
Online-Ausweisfunktion zu sperren. Falls der Ausweis gefunden wird, möchte ich benachrichtigt
werden.

Für den neuen Ausweis habe ich online einen Termin am 20.11.2026 um 10:40 Uhr gebucht
(Buchungsnummer [[AZ:MZ-BA-558127]]). Bis dahin benötige ich für eine Reise nach Wien am
23.11.2026 einen vorläufigen Personalausweis. Meinen Reisepass ([[PASS:C8F1K5LT2]]) kann ich
nicht nutzen, da er im März abgelaufen ist.

Meine Mitbewohnerin, Frau [[P:Johanna Ferreira]], hat mir bestätigt, dass sie mich an dem Abend
ohne Portemonnaie nach Hause kommen sah, falls das für Sie wichtig ist.

Mobil: [[TEL:0170-3 98 21 76]]

Mit freundlichen Grüßen
[[P:Lea-Sophie Marx]]
""",
    keep=[
        "Große Bleiche 46/Löwenhofstraße 1",
        "vorläufigen Personalausweis",
        "Online-Ausweisfunktion",
        "Straßenbahnlinie 50",
        "Polizeiinspektion Mainz 1",
    ],
)

C.pii(
    "letter",
    """
[[P:Agnieszka Nowak-Brandt]]
[[STR:Kölner Landstraße 298, Hinterhaus links, EG]]
[[LOC:40591 Düsseldorf]]

Landeshauptstadt Düsseldorf
Amt für Wohnungswesen
Wohnungsvermittlung / Wohnberechtigungsschein
Brinckmannstraße 5
40225 Düsseldorf

Antrag auf Erteilung eines Wohnberechtigungsscheins – Begleitschreiben

Sehr geehrte Damen und Herren,

anbei erhalten Sie meinen vollständig ausgefüllten Antrag auf einen Wohnberechtigungsschein
für eine Dreizimmerwohnung. Meine derzeitige Wohnung im Hinterhaus ist 38 m² groß und hat
Schimmel in Bad und Schlafzimmer; ein Gutachten des Mietervereins liegt bei.

Zum Haushalt gehören:
1. [[P:Agnieszka Nowak-Brandt]], geb. [[DOB:07.07.1990]], Antragstellerin
2. [[P:Emilia Brandt]], geb. [[DOB:16.03.2016]], Tochter
3. [[P:Jakub Nowak]], geb. [[DOB:25.08.2011]], Sohn aus erster Ehe

Der Vater meiner Tochter, Herr [[P:Sven Brandt]], zahlt Unterhalt in Höhe von 427 € monatlich;
der Unterhalt für [[P:Jakub]] wird über den Unterhaltsvorschuss geleistet
(Az. Unterhaltsvorschusskasse: [[AZ:51-UV-2019-1183]]).

Meine Vermieterin, Frau [[P:Gisela Overbeck]], hat mir bestätigt, dass sie die Wohnung wegen der
Feuchtigkeitsschäden nicht weiter vermieten wird, sobald ich ausziehe. Ich bitte darum, meine
Dringlichkeit wegen der gesundheitlichen Belastung meines Sohnes (Asthma, Attest anbei) zu
berücksichtigen.

Meine Einkommensnachweise (Lohnabrechnungen Mai bis Oktober) sowie den Kindergeldbescheid der
Familienkasse NRW-West füge ich bei. Steuer-ID: [[TAX:53 815 740 923]].

Telefonisch erreichbar: [[TEL:0211 – 73 08 15 4]]

Mit freundlichen Grüßen
[[P:Agnieszka Nowak-Brandt]]
""",
    keep=[
        "Amt für Wohnungswesen",
        "Brinckmannstraße 5",
        "427 € monatlich",
        "Unterhaltsvorschuss",
        "Familienkasse NRW-West",
    ],
)

C.pii(
    "letter",
    """
[[P:Lukas Hofer]]
[[STR:Anichstraße 29/4]]
[[LOC:A-6020 Innsbruck]]
Österreich

Landeshauptstadt Erfurt
Stadtverwaltung – Steueramt
Zweitwohnungsteuer
Fischmarkt 1
99084 Erfurt

Widerspruch gegen den Zweitwohnungsteuerbescheid 2026
Kassenzeichen: [[AZ:2.2.260.057718]]

Sehr geehrte Damen und Herren,

gegen den Bescheid vom 30.09.2026 lege ich Widerspruch ein.

Ich studiere seit dem Wintersemester 2024/25 an der Universität Erfurt und bewohne ein Zimmer im
Studierendenwohnheim in der [[STR:Nordhäuser Straße 63, Zimmer 512]], [[LOC:99089 Erfurt]]. Mit
diesem Zimmer bin ich als Nebenwohnung gemeldet, weil meine Hauptwohnung bei meinen Eltern
in [[LOC:Innsbruck]] liegt.

Nach § 2 Abs. 3 der Zweitwohnungsteuersatzung der Landeshauptstadt Erfurt sind Räume in
Wohnheimen von der Steuer ausgenommen, wenn sie überwiegend zu Studienzwecken genutzt werden.
Eine Bescheinigung des Studierendenwerks Thüringen liegt bei. Außerdem beträgt die Nettokaltmiete
nur 212 € monatlich, womit der Bescheid von einem falschen Mietaufwand ausgeht.

Bei Rückfragen wenden Sie sich gerne auch an meinen Vater, Herrn [[P:Anton Hofer]], der die Miete
für mich überweist: [[TEL:+43 664 281 73 90]].

Eine eventuelle Erstattung bitte auf mein österreichisches Konto:
IBAN [[IBAN:AT02 2011 1080 2475 4256]], lautend auf [[P:Lukas Hofer]]

Mit freundlichen Grüßen
[[P:Lukas Hofer]]
[[MAIL:lukas.hofer@student.uibk.ac.at]]
""",
    keep=[
        "Zweitwohnungsteuersatzung",
        "Fischmarkt 1",
        "212 € monatlich",
        "Studierendenwerks Thüringen",
        "Wintersemester 2024/25",
    ],
)

C.pii(
    "letter",
    """
[[P:Mohammad Khaled Haddad]]
[[STR:Am Schlaatz 12, Whg. 9.3]]
[[LOC:14478 Potsdam]]

Landeshauptstadt Potsdam
Fachbereich Ordnung und Sicherheit
Bereich Ausländerangelegenheiten – Leitung –
Friedrich-Ebert-Straße 79/81
14469 Potsdam

Dienstaufsichtsbeschwerde

Sehr geehrte Damen und Herren,

ich möchte mich über die Behandlung in Ihrer Behörde beschweren.

Am 22.10.2026 hatte ich einen Termin zur Verlängerung meiner Aufenthaltserlaubnis
(Ausländerakte [[AZ:P-32.4-119037]]). Der zuständige Sachbearbeiter, Herr [[P:Lorenz]], hat mich
vor anderen Wartenden laut angesprochen, mir mein Deutsch vorgeworfen und meinen Antrag nicht
angenommen, weil angeblich die Verdienstbescheinigung fehlte. Diese hatte ich aber bereits am
02.10.2026 per Post geschickt; der Rückschein liegt vor.

Mein Arbeitgeber, die Firma Brandenburger Glasbau GmbH, hat mir die Bescheinigung noch einmal
ausgestellt. Mein Vorgesetzter, Herr [[P:Ronny Schirmer]], war beim zweiten Termin dabei und kann
bestätigen, dass alles vollständig war.

Meine Fiktionsbescheinigung läuft am 15.12.2026 ab. Ohne gültigen Aufenthaltstitel verliere ich
meine Arbeit, und meine Frau [[P:Hiba Haddad]] und unsere Kinder [[P:Omar]] und [[P:Nour]] wären in
einer sehr schwierigen Lage.

Es ist nicht das erste Mal. Schon im Frühjahr 2025 musste ich dreimal vorsprechen, weil angeblich
der Mietvertrag fehlte, den mein Vermieter, Herr [[P:Uwe Kaatz]], Ihnen sogar persönlich
vorbeigebracht hatte. Damals hat mir Ihre Kollegin, Frau [[P:Neumeister]], sehr freundlich geholfen
und sich für die Verzögerung entschuldigt. Ich verstehe, dass Ihre Behörde viel Arbeit hat. Aber ich
arbeite seit drei Jahren in Vollzeit, zahle Steuern, meine Kinder gehen hier in die Schule und in
die Kita, und ich habe jedes Mal unbezahlten Urlaub nehmen müssen, um zu Ihnen zu kommen.

Zur Vollständigkeit die Daten meiner Familie, die in meinem Antrag mitgeführt werden:
- [[P:Hiba Haddad]], geb. [[DOB:14.03.1992]], Ehefrau
- [[P:Omar Haddad]], geb. [[DOB:09.11.2015]], besucht die Grundschule am Priesterweg
- [[P:Nour Haddad]], geb. [[DOB:27.06.2020]], besucht die Kita „Sternschnuppe“

Ich bitte darum, dass ein anderer Sachbearbeiter meinen Fall übernimmt und dass ich bis zum
Jahresende einen neuen Termin bekomme. Unterstützt werde ich von Frau [[P:Christiane Baltzer]]
vom Migrationsberatungsdienst der Caritas (Tel. [[TEL:0331 23 07 41-15]],
[[MAIL:c.baltzer@caritas-potsdam.example]]), die auch eine Kopie dieses Schreibens erhält.

Geburtsdatum: [[DOB:01.01.1989]], Staatsangehörigkeit: syrisch
Telefon: [[TEL:0176 / 6 30 18 25 9]]

Mit freundlichen Grüßen
[[P:Mohammad Khaled Haddad]]
""",
    keep=[
        "Dienstaufsichtsbeschwerde",
        "Fiktionsbescheinigung",
        "Friedrich-Ebert-Straße 79/81",
        "Brandenburger Glasbau GmbH",
        "Migrationsberatungsdienst der Caritas",
    ],
)

C.pii(
    "letter",
    """
Anwohnerinitiative Sanderau-Süd
c/o [[P:Benedikt Schraml]]
[[STR:Rottendorfer Straße 36]]
[[LOC:97074 Würzburg]]

Stadt Würzburg
Fachbereich Allgemeine Bürgerdienste
Veranstaltungen und Sondernutzungen
Karmelitenstraße 20
97070 Würzburg

Antrag auf Genehmigung eines Straßenfestes am Samstag, 05.06.2027

Sehr geehrte Damen und Herren,

für unsere Anwohnerinitiative beantrage ich die Genehmigung für das traditionelle Straßenfest
„Sanderau feiert“ in der Friedrichstraße zwischen Ebertsklinge und Sanderring, von 12:00 bis
22:00 Uhr, Aufbau ab 9:00 Uhr.

Verantwortlicher Veranstalter: [[P:Benedikt Schraml]], geb. [[DOB:14.06.1975]]
Stellvertreterin: [[P:Franziska Oberndorfer]], [[STR:Friedrichstraße 22]], [[LOC:97082 Würzburg]],
Tel. [[TEL:0931 / 78 44 91]]
Für den Ausschank: Herr [[P:Giorgos Ntalas]], Inhaber der Taverne gegenüber, mit eigener
Gaststättenerlaubnis
Sanitätsdienst: Bayerisches Rotes Kreuz, Kreisverband Würzburg

Geplant sind ein Kinderflohmarkt, zwei Essensstände und Live-Musik der Schülerband des
Röntgen-Gymnasiums bis 21:30 Uhr. Die Beschallung endet spätestens um 22:00 Uhr.

Die Haftpflichtversicherung für die Veranstaltung läuft über meine private Police; die
Bestätigung der Versicherung (Versicherungsschein-Nr. [[AZ:VS 44-2180337-K]]) lege ich bei.
Einen Lageplan mit Rettungswegen und die Einverständniserklärungen der Anlieger der Friedrichstraße
reichen wir bis Ende März nach.

Erreichbar bin ich unter [[TEL:0160 92 77 41 38]] oder [[MAIL:b.schraml@sanderau-sued.de]].

Mit freundlichen Grüßen

[[P:Benedikt Schraml]]
für die Anwohnerinitiative Sanderau-Süd
""",
    keep=[
        "Anwohnerinitiative Sanderau-Süd",
        "„Sanderau feiert“",
        "Röntgen-Gymnasiums",
        "Karmelitenstraße 20",
        "Bayerisches Rotes Kreuz",
    ],
)

C.pii(
    "letter",
    """
[[P:Verena Hollmann]]
zurzeit: [[STR:Postfach 21 03 77]]
[[LOC:49021 Osnabrück]]

Stadt Osnabrück
Bürgeramt – Meldebehörde
Natruper-Tor-Wall 5
49076 Osnabrück

PERSÖNLICH / VERTRAULICH

Antrag auf Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG

Sehr geehrte Damen und Herren,

ich beantrage die Eintragung einer Auskunftssperre im Melderegister für mich und meine Tochter
[[P:Mia Hollmann]] (geb. [[DOB:09.09.2018]]).

Ich bin im Oktober vor meinem früheren Partner, Herrn [[P:Dennis Kröger]], geb. [[DOB:21.04.1987]],
aus unserer gemeinsamen Wohnung in [[LOC:Georgsmarienhütte]] geflohen. Herr [[P:Kröger]] hat mich
über Monate bedroht und mir nachgestellt. Das Amtsgericht Osnabrück hat am 29.10.2026 eine
Schutzanordnung nach § 1 GewSchG erlassen (Az. [[AZ:21 F 418/26 EAGA]]); eine Kopie liegt bei.
Gegen ihn läuft außerdem ein Ermittlungsverfahren der Staatsanwaltschaft Osnabrück
([[AZ:720 Js 33815/26]]).

Meine neue Wohnanschrift teile ich Ihnen auf dem beigefügten Meldeschein mit. Sie soll auf keinen
Fall an Dritte weitergegeben werden, auch nicht an die Eltern von Herrn [[P:Kröger]] oder an
Inkassobüros.

Die Fachberatungsstelle für Betroffene häuslicher Gewalt unterstützt mich; meine Beraterin,
Frau [[P:Nadine Wächter]], ist bereit, die Gefährdung zu bestätigen.

Bitte schicken Sie Post ausschließlich an das oben genannte Postfach.

Mit freundlichen Grüßen
[[P:Verena Hollmann]]
""",
    keep=[
        "§ 51 Abs. 1 BMG",
        "Auskunftssperre",
        "Natruper-Tor-Wall 5",
        "§ 1 GewSchG",
        "PERSÖNLICH / VERTRAULICH",
    ],
)

C.pii(
    "letter",
    """
[[P:Matthias Grünewald-Ebert]]
ehrenamtlicher Betreuer
[[STR:Bergheimer Straße 101]]
[[LOC:69115 Heidelberg]]
Tel. [[TEL:06221 / 43 91 70]] · Fax [[TEL:06221 / 43 91 71]]

Stadt Heidelberg
Amt für Soziales und Senioren
Fischmarkt 2
69117 Heidelberg

Betreute: Frau [[P:Irmgard Leibold]], geb. [[DOB:31.01.1936]]
Betreuungsgericht: Amtsgericht Heidelberg, Az. [[AZ:XVII 218/24]]
Ihr Zeichen: [[AZ:50.21-HzP-2026/311]]

Antrag auf Hilfe zur Pflege – Ergänzung

Sehr geehrte Frau [[P:Dietz]],

als gerichtlich bestellter Betreuer von Frau [[P:Leibold]] mit den Aufgabenkreisen
Vermögenssorge, Behördenangelegenheiten und Aufenthaltsbestimmung übersende ich Ihnen die noch
fehlenden Unterlagen zum Antrag auf Hilfe zur Pflege (§§ 61 ff. SGB XII).

Frau [[P:Leibold]] lebt seit dem 01.07.2026 im Pflegeheim Haus Philippus in [[LOC:Heidelberg-Kirchheim]]
(Pflegegrad 4). Ihre Rente und das Pflegegeld der Pflegekasse reichen zur Deckung der Heimkosten
nicht aus. Das Sparguthaben ist bis auf das Schonvermögen von 10.000 € aufgebraucht; die
Kontoauszüge der letzten sechs Monate liegen bei.

Unterhaltspflichtige Kinder: Die Tochter, Frau [[P:Ursula Brenneisen]] geb. [[P:Leibold]], wohnt in
[[STR:Hauptstraße 7]], [[LOC:74889 Sinsheim]]. Ihr Einkommen liegt nach meiner Kenntnis deutlich
unter der Grenze von 100.000 € (§ 94 Abs. 1a SGB XII). Der Sohn, Herr [[P:Klaus Leibold]], ist 2022
verstorben.

Die Heimkosten bitte ich direkt an die Einrichtung zu zahlen. Das Girokonto der Betreuten lautet:
IBAN [[IBAN:DE80 7605 0101 3565 7643 78]] (Konto-Inhaberin [[P:Irmgard Leibold]]).

Mit freundlichen Grüßen
[[P:Matthias Grünewald-Ebert]]
[[MAIL:betreuung.gruenewald-ebert@t-online.de]]
""",
    keep=[
        "Amt für Soziales und Senioren",
        "§§ 61 ff. SGB XII",
        "Pflegegrad 4",
        "10.000 €",
        "§ 94 Abs. 1a SGB XII",
    ],
)

C.pii(
    "letter",
    """
[[P:Julia Brandenburg]]
[[STR:Jakobstraße 55]]
[[LOC:52064 Aachen]]

Stadt Aachen
Standesamt
Verwaltungsgebäude Katschhof
Johannes-Paul-II.-Straße 1
52062 Aachen

Anmeldung der Eheschließung – Fragen zu den erforderlichen Unterlagen

Sehr geehrte Damen und Herren,

mein Verlobter und ich möchten im Mai 2027 im Krönungssaal des Aachener Rathauses heiraten.
Wir bitten um einen Termin zur Anmeldung der Eheschließung.

Angaben zu mir: [[P:Julia Brandenburg]], geboren am [[DOB:19.08.1994]] in [[LOC:Eschweiler]], ledig,
deutsche Staatsangehörige.

Angaben zu meinem Verlobten: [[P:Matteo Russo]], geboren am [[DOB:3 marzo 1992]] in [[LOC:Bari]],
italienischer Staatsangehöriger, ledig. Er wohnt derzeit noch in Italien:
[[STR:Via Giuseppe Garibaldi 118, int. 6]], [[LOC:70122 Bari (BA)]], und zieht im Februar zu
mir.

Wir haben folgende Fragen:
1. Genügt für meinen Verlobten eine mehrsprachige Geburtsurkunde nach dem CIEC-Übereinkommen,
   oder brauchen Sie eine Apostille?
2. Benötigt er ein Ehefähigkeitszeugnis aus Italien (nulla osta), und wo beantragt er es?
3. Muss bei der Trauung ein Dolmetscher anwesend sein? Seine Mutter, Frau [[P:Lucia Russo]],
   spricht kein Deutsch; unsere Trauzeugin [[P:Anna Schwartz]] würde übersetzen.

Mein Verlobter ist unter [[TEL:+39 347 218 9054]] erreichbar, ich unter [[TEL:0241 / 51 03 66 2]]
oder [[MAIL:julia.brandenburg94@gmx.net]]. Wir haben übrigens gehört, dass man im Standesamt
Aachen auch am Samstag heiraten kann – gilt das auch für Paare mit einem ausländischen Partner?

Mit freundlichen Grüßen
[[P:Julia Brandenburg]]
""",
    keep=[
        "Krönungssaal",
        "Johannes-Paul-II.-Straße 1",
        "CIEC-Übereinkommen",
        "Ehefähigkeitszeugnis",
        "Apostille",
    ],
)

# ---------------------------------------------------------------------------------------------
# E-mails and forwarded chains
# ---------------------------------------------------------------------------------------------

C.pii(
    "email",
    """
Von: [[P:Pavel Smirnov]] <[[MAIL:p.smirnov1979@gmx.de]]>
An: wohngeld@hannover-stadt.de
Datum: Mo, 16. Nov. 2026, 07:48
Betreff: Wohngeld Weiterleistungsantrag – Kunden-Nr. [[AZ:22-418873]]

Sehr geehrte Damen und Herren,

am 03.08.2026 habe ich den Weiterleistungsantrag für das Wohngeld gestellt (Kunden-Nr.
[[AZ:22-418873]]). Mein letzter Bewilligungszeitraum endete am 31.10.2026, seitdem bekomme ich
kein Geld. Die Miete für November konnte ich nur zahlen, weil mir meine Schwester
[[P:Natalia Smirnova]] geholfen hat.

Im September hat mich Frau [[P:Osterloh]] angerufen und gesagt, es fehlt noch die Bescheinigung
über das Krankengeld. Die habe ich am 24.09. per Post geschickt. Ist sie angekommen?

Ich wohne unverändert in der [[STR:Podbielskistraße 288, Aufgang C]], [[LOC:30655 Hannover]].
Zum Haushalt gehören meine Frau [[P:Jelena Smirnova]] (geb. [[DOB:12.12.1981]]) und unser Sohn
[[P:Artjom]] (geb. [[DOB:05.05.2012]]).

Bitte sagen Sie mir, wann mit einer Entscheidung zu rechnen ist. Mein Telefon: [[TEL:0511 / 64 27 38 1]],
mobil [[TEL:01522 719 40 63]].

Mit freundlichen Grüßen
[[P:Pavel Smirnov]]

--
Gesendet von GMX Mail für Android
""",
    keep=[
        "Weiterleistungsantrag",
        "wohngeld@hannover-stadt.de",
        "Bewilligungszeitraum",
        "Krankengeld",
        "Gesendet von GMX Mail für Android",
    ],
)

C.pii(
    "email_chain",
    """
Von: [[P:Bäcker, Jana]] (Fachbereich Sicherheit und Ordnung) <[[MAIL:jana.baecker@mannheim-verwaltung.de]]>
Gesendet: Dienstag, 10. November 2026 09:14
An: Hundewesen <hundewesen@mannheim-verwaltung.de>
Cc: [[P:Schuster, Tim]] <[[MAIL:tim.schuster@mannheim-verwaltung.de]]>
Betreff: WG: Dauerbellen Nachbarhund – Lindenhof
Vorgang: [[AZ:FB31-HW-2026-0934]]

Hallo zusammen,

zuständigkeitshalber zur Übernahme. Die Bürgerin hat bereits zweimal beim Bürgertelefon 115
angerufen. Laut Hundesteuerdatenbank ist der Hund angemeldet (Halter siehe unten), ein
Listenhund liegt nicht vor. Bitte Anhörung des Halters nach § 3 PolVO prüfen.

Viele Grüße
[[P:Jana Bäcker]]
Stadt Mannheim – FB 31
Tel. [[TEL:0621 293-47 18]]

-----Ursprüngliche Nachricht-----
Von: [[P:Ilse Schneider-Ruf]] <[[MAIL:ilse.schneider-ruf@web.de]]>
Gesendet: Sonntag, 8. November 2026 22:51
An: buergerservice@mannheim-verwaltung.de
Betreff: Dauerbellen Nachbarhund – Lindenhof

Sehr geehrte Damen und Herren,

ich wohne in der [[STR:Meerfeldstraße 47, 2. OG]], [[LOC:68163 Mannheim]]. Im Erdgeschoss des
Nachbarhauses Nr. 49 wohnt Herr [[P:Rüdiger Schneider]] (nicht verwandt!) mit einem großen Schäferhund,
der täglich, wenn Herr [[P:Schneider]] zur Arbeit ist, stundenlang bellt und jault, teilweise von
6:30 bis 17 Uhr. Meine Nachbarin Frau [[P:Gül Aksoy]], die nachts als Krankenschwester arbeitet,
kann tagsüber nicht schlafen.

Ich habe Herrn [[P:Schneider]] einen Brief in den Briefkasten gelegt, er hat nicht reagiert.
Eine Aufnahme vom 06.11. kann ich Ihnen schicken.

Mit freundlichen Grüßen
[[P:Ilse Schneider-Ruf]]
Tel. [[TEL:0621/82 19 64]]
""",
    keep=[
        "Bürgertelefon 115",
        "hundewesen@mannheim-verwaltung.de",
        "§ 3 PolVO",
        "buergerservice@mannheim-verwaltung.de",
        "Listenhund",
    ],
)

C.pii(
    "email",
    """
From: [[P:Florian Weidinger]] <[[MAIL:florian.weidinger@posteo.de]]>
To: bauordnung@regensburg-stadt.de
Cc: [[P:Kathrin Sperl]] <[[MAIL:k.sperl@sperl-architekten.de]]>
Date: Wed, 11 Nov 2026 16:02:37 +0100
Subject: Bauvoranfrage Dachgeschossausbau – Az. [[AZ:BV-63-2026-0417]]

Sehr geehrter Herr [[P:Hierl]],

vielen Dank für das Telefonat heute Vormittag. Wie besprochen fasse ich kurz zusammen:

Wir (meine Frau [[P:Theresa Weidinger]] und ich) möchten das Dachgeschoss unseres Reihenhauses in der
[[STR:Prüfeninger Schloßstraße 23b]], [[LOC:93051 Regensburg]], zu Wohnraum ausbauen und zwei
Dachgauben zur Straßenseite errichten. Das Haus liegt im Geltungsbereich der
Altstadtschutzsatzung, weshalb Sie eine Stellungnahme der Unteren Denkmalschutzbehörde einholen.

Unsere Architektin, Frau [[P:Sperl]], schickt Ihnen bis Ende der Woche die Ansichten und einen
Schnitt. Die Nachbarn im angebauten Haus Nr. 23a, Familie [[P:Reindl]], haben signalisiert, dass
sie keine Einwände haben; Herr [[P:Alois Reindl]] würde die Pläne unterschreiben.

Zum Aktenzeichen: Ihre Eingangsbestätigung nennt [[AZ:BV-63-2026-0417]], das Schreiben vom
Stadtplanungsamt dagegen [[AZ:61.2-0417/26]]. Geht es um denselben Vorgang?

Erreichbar bin ich unter [[TEL:0941 / 59 84 11 0]] (abends) oder [[TEL:+49 170 5521847]].

Beste Grüße
[[P:Florian Weidinger]]
""",
    keep=[
        "bauordnung@regensburg-stadt.de",
        "Altstadtschutzsatzung",
        "Unteren Denkmalschutzbehörde",
        "Dachgauben",
        "Stadtplanungsamt",
    ],
)

C.pii(
    "email_chain",
    """
Von: [[P:Hülsmann, Birgit]] <[[MAIL:b.huelsmann@jobcenter-ge.example]]>
Gesendet: Freitag, 13. November 2026 08:02
An: [[P:Kowalczyk, Marek]] <[[MAIL:m.kowalczyk@stadt-duisburg.example]]>
Cc: Team 724 Leistung <team724.leistung@jobcenter-ge.example>
Betreff: AW: AW: KdU – [[P:Yıldız]], BG [[AZ:35102BG0045821]] – Mietrückstände

Guten Morgen Herr [[P:Kowalczyk]],

kurze Ergänzung: Die Abtretungserklärung ist heute früh bei uns eingegangen, Herr [[P:Yıldız]] hat sie
persönlich am Empfang abgegeben. Die Direktzahlung an den Vermieter ist ab Dezember eingerichtet.

Zum Darlehen: Die Bereichsleitung hat zugestimmt. Wir zahlen die Rückstände von 2.316,00 € unmittelbar
an den Prozessbevollmächtigten des Vermieters, Herrn Rechtsanwalt [[P:Frank Ostermann]]
(Kanzlei an der Königstraße, Aktenzeichen der Kanzlei [[AZ:OS 1147/26]]), sobald uns die Erklärung
vorliegt, dass die Räumungsklage nach Zahlung zurückgenommen wird. Könnten Sie das im Gespräch mit
Herrn [[P:Kampmann]] noch klären? Er hatte bei mir telefonisch angedeutet, dass er das Mietverhältnis
eigentlich beenden will, weil seine Enkelin, Frau [[P:Jessica Kampmann]], einziehen soll.

Die Tilgung des Darlehens erfolgt durch Aufrechnung in Höhe von 10 % des Regelbedarfs
(§ 42a Abs. 2 SGB II). Der Bescheid geht Herrn [[P:Yıldız]] heute zu; eine Kopie schicke ich Ihnen per
Hauspost.

Schönes Wochenende
[[P:Birgit Hülsmann]]
Jobcenter Duisburg, Leistungsabteilung
Durchwahl [[TEL:0203 3022-7241]]

----- Ursprüngliche Nachricht -----
Von: [[P:Kowalczyk, Marek]] <[[MAIL:m.kowalczyk@stadt-duisburg.example]]>
Gesendet: Donnerstag, 12. November 2026 11:37
An: [[P:Hülsmann, Birgit]] <[[MAIL:b.huelsmann@jobcenter-ge.example]]>
Betreff: AW: KdU – [[P:Yıldız]], BG [[AZ:35102BG0045821]] – Mietrückstände

Hallo Frau [[P:Hülsmann]],

danke für die schnelle Rückmeldung. Wir übernehmen dann von Seiten der Fachstelle für
Wohnungsnotfälle die Verhandlung mit dem Vermieter. Die Räumungsklage ist beim Amtsgericht
Duisburg-Hamborn anhängig ([[AZ:9 C 612/26]]), Termin am 03.12.2026.

Ich habe mit Herrn [[P:Yıldız]] telefoniert; er ist einverstanden, dass die Miete künftig direkt an
den Vermieter gezahlt wird (§ 22 Abs. 7 SGB II). Die Abtretungserklärung bringt er morgen vorbei.

Gruß
[[P:Marek Kowalczyk]]
Stadt Duisburg – Amt für Soziales und Wohnen
Fachstelle für Wohnungsnotfälle
Tel. [[TEL:0203 283-6 47 12]]

> Von: [[P:Hülsmann, Birgit]]
> Gesendet: Mittwoch, 11. November 2026 15:20
> An: [[P:Kowalczyk, Marek]]
> Betreff: KdU – [[P:Yıldız]], BG [[AZ:35102BG0045821]] – Mietrückstände
>
> Sehr geehrter Herr [[P:Kowalczyk]],
>
> in der o. g. Bedarfsgemeinschaft (Herr [[P:Emre Yıldız]], geb. [[DOB:03.11.1985]], und seine Kinder
> [[P:Defne]] und [[P:Baran]]) bestehen Mietrückstände von 2.316,00 € für die Wohnung
> [[STR:Weseler Straße 89, 1. Etage rechts]], [[LOC:47169 Duisburg]]. Der Vermieter, Herr [[P:Heinz-Dieter Kampmann]],
> hat fristlos gekündigt. Eine Übernahme als Darlehen nach § 22 Abs. 8 SGB II ist aus unserer Sicht
> möglich, wenn die Wohnung dadurch erhalten werden kann.
>
> Herr [[P:Yıldız]] ist telefonisch unter [[TEL:0176-84 22 91 03]] erreichbar.
>
> Mit freundlichen Grüßen
> [[P:Birgit Hülsmann]]
> Jobcenter Duisburg, Team 724
""",
    keep=[
        "Fachstelle für Wohnungsnotfälle",
        "§ 22 Abs. 7 SGB II",
        "2.316,00 €",
        "§ 22 Abs. 8 SGB II",
        "Jobcenter Duisburg, Team 724",
    ],
)

C.pii(
    "email",
    """
Von: [[P:Roland Steinert]] <[[MAIL:r.steinert-vermietung@arcor.de]]>
An: buergerservice@stadt-chemnitz.example
Betreff: Wohnungsgeberbestätigung für meine neue Mieterin – Rückfrage

Sehr geehrte Damen und Herren,

ich vermiete als Privatperson eine Zweizimmerwohnung in der [[STR:Zietenstraße 74, 3. OG links]],
[[LOC:09130 Chemnitz]]. Zum 01.12.2026 zieht dort Frau [[P:Mariana Ciobanu]] ein, geb. [[DOB:22.06.2001]],
die bei der Firma Niles-Simmons als Industriemechanikerin anfängt.

Frau [[P:Ciobanu]] hat mich um die Wohnungsgeberbestätigung nach § 19 BMG gebeten. Ich habe das
Formular von Ihrer Internetseite ausgefüllt, bin mir aber bei zwei Punkten unsicher:

1. Muss ich als Wohnungsgeber meine eigene Wohnanschrift angeben? Ich wohne nicht in Chemnitz,
   sondern in [[STR:Am Weinberg 3]], [[LOC:01445 Radebeul]].
2. Ihr Lebensgefährte, Herr [[P:Ionuț Rusu]], wird voraussichtlich im Januar nachziehen. Reicht dann
   eine zweite Bestätigung, oder muss ich jetzt schon beide Namen eintragen?

Die bisherige Mieterin, Frau [[P:Heike Pfützner]], ist zum 31.10.2026 ausgezogen; ihre Abmeldung
ist nach meiner Kenntnis erfolgt.

Ich bin unter [[TEL:0351 / 8 38 20 47]] erreichbar, tagsüber besser mobil [[TEL:0172 3 44 80 19]].

Mit freundlichen Grüßen
[[P:Roland Steinert]]
""",
    keep=[
        "buergerservice@stadt-chemnitz.example",
        "§ 19 BMG",
        "Niles-Simmons",
        "Zweizimmerwohnung",
        "Industriemechanikerin",
    ],
)

C.pii(
    "email",
    """
Von: [[P:Hannah Wiechers-Loos]] <[[MAIL:hannah.wiechers@muenster-mail.de]]>
An: kita-navigator@stadt-muenster.example
Datum: 09.11.2026, 21:33
Betreff: Zwillinge – Anmeldung Kita-Navigator, Bitte um Zusammenführung

Liebes Team vom Kita-Navigator,

wir haben unsere Zwillinge [[P:Ole]] und [[P:Frida Loos]] (geboren am [[DOB:17.02.2026]]) für das
Kita-Jahr 2027/28 angemeldet. Leider hat das System zwei getrennte Anmeldungen erzeugt
(Anmeldenummern [[AZ:KN-2026-44107]] und [[AZ:KN-2026-44108]]). Uns ist sehr wichtig, dass beide
Kinder einen Platz in derselben Einrichtung bekommen. Können Sie die Anmeldungen verknüpfen?

Unsere Wunsch-Kitas sind die Kita Sonnenblume an der Wolbecker Straße, das Familienzentrum
Hansaviertel und die Elterninitiative Kinderkiste e.V.

Wir wohnen in der [[STR:Dortmunder Straße 12, Gartenhaus]], [[LOC:48155 Münster]]. Mein Mann,
[[P:Jan-Erik Loos]], arbeitet Vollzeit bei der Uniklinik, ich gehe im Sommer 2027 mit 30 Stunden
zurück in den Schuldienst. Die Großeltern, [[P:Gerd]] und [[P:Monika Wiechers]], wohnen leider in
[[LOC:Leer (Ostfriesland)]] und können nicht einspringen.

Danke und viele Grüße
[[P:Hannah Wiechers-Loos]]
[[TEL:0251 / 39 74 02]]
""",
    keep=[
        "kita-navigator@stadt-muenster.example",
        "Kita-Jahr 2027/28",
        "Kita Sonnenblume",
        "Kinderkiste e.V.",
        "30 Stunden",
    ],
)

C.pii(
    "email_chain",
    """
Von: Standesamt Wiesbaden <standesamt@wiesbaden-verwaltung.example>
Gesendet: Freitag, 13. November 2026 10:05
An: [[MAIL:samira.elamrani@gmail.com]]
Betreff: AW: Termin Anmeldung Eheschließung – Dolmetscher
Unser Zeichen: [[AZ:StA-E 1187/2026]]

Sehr geehrte Frau [[P:El Amrani]],

Ihr Termin zur Anmeldung der Eheschließung findet am Dienstag, 01.12.2026, um 9:30 Uhr im
Standesamt, Zimmer 104, statt. Da Ihr Verlobter, Herr [[P:Karim Bensaid]], nicht ausreichend Deutsch
spricht, muss ein allgemein beeidigter Dolmetscher für Arabisch anwesend sein. Die von Ihnen
genannte Dolmetscherin, Frau Dr. [[P:Leila Mansour-Kraft]], ist bei uns bekannt und zugelassen.

Bitte bringen Sie die Originale der in unserer Checkliste genannten Urkunden mit, für Herrn
[[P:Bensaid]] insbesondere die marokkanische Geburtsurkunde mit Apostille und die
Ledigkeitsbescheinigung (nicht älter als sechs Monate).

Mit freundlichen Grüßen
Im Auftrag
[[P:Petra Hahnemann]]
Standesbeamtin
Durchwahl [[TEL:0611 31-58 27]]

-----Ursprüngliche Nachricht-----
Von: [[P:Samira El Amrani]] <[[MAIL:samira.elamrani@gmail.com]]>
Gesendet: Mittwoch, 11. November 2026 19:47
An: standesamt@wiesbaden-verwaltung.example
Betreff: Termin Anmeldung Eheschließung – Dolmetscher

Guten Abend,

mein Verlobter [[P:Karim Bensaid]] (geb. [[DOB:1990-07-14]] in [[LOC:Oujda]]) und ich möchten im
Frühjahr heiraten. Er lebt seit 2024 in der [[STR:Biebricher Allee 66]], [[LOC:65187 Wiesbaden]];
ich wohne in der [[STR:Dotzheimer Straße 140]], [[LOC:65197 Wiesbaden]].

Als Dolmetscherin würden wir gerne Frau Dr. [[P:Mansour-Kraft]] mitbringen, die uns schon beim
Notar geholfen hat. Trauzeuge wird mein Bruder [[P:Youssef El Amrani]] sein.

Viele Grüße
[[P:Samira El Amrani]]
[[TEL:0157-55 01 83 27]]
""",
    keep=[
        "Zimmer 104",
        "standesamt@wiesbaden-verwaltung.example",
        "Ledigkeitsbescheinigung",
        "allgemein beeidigter Dolmetscher",
        "01.12.2026, um 9:30 Uhr",
    ],
)

C.pii(
    "email",
    """
von: [[MAIL:kiki.luetjens@freenet.de]]
an: gewerbe@luebeck-stadt.example
betreff: gewerbe abmelden

hallo,

ich möchte mein gewerbe abmelden, den kiosk in der [[STR:Moislinger Allee 41]]. ich hör zum
31.12. auf weil die miete zu hoch ist und mein mann ([[P:holger]]) krank ist.
gewerbe war angemeldet auf [[P:kirsten lütjens]], angemeldet seit 2017, steuernummer beim
finanzamt lübeck [[TAX:22/154/33871]].

wohnadresse ist [[STR:krummeck 7]], [[LOC:23560 lübeck]]

muss ich dafür vorbeikommen oder geht das online? und was kostet das? die ehemalige
mitarbeiterin, frau [[P:anja petersen]], will wissen ob sie eine bescheinigung vom amt braucht
für das arbeitsamt.

bitte ruft mich an [[TEL:0451 8 02 77 61]] oder [[TEL:0173 9 41 60 25]]

gruß
[[P:kirsten lütjens]] ([[P:kiki]])
""",
    keep=[
        "gewerbe@luebeck-stadt.example",
        "gewerbe abmelden",
        "den kiosk",
        "finanzamt lübeck",
        "was kostet das",
    ],
)

C.pii(
    "email",
    """
Von: [[P:Tobias Häberle]] <[[MAIL:tobias.haeberle@ulm-online.net]]>
An: zulassungsstelle@ulm-verwaltung.example
Gesendet: Montag, 9. November 2026 13:12
Betreff: Umschreibung Wohnmobil aus Nachlass – welche Unterlagen?

Sehr geehrte Damen und Herren,

mein Onkel, Herr [[P:Wilhelm Häberle]], ist im September verstorben. Ich bin laut Erbschein des
Amtsgerichts Ulm (Az. [[AZ:2 VI 744/26]]) Alleinerbe und möchte sein Wohnmobil auf mich umschreiben.

Fahrzeugdaten:
Kennzeichen: [[KFZ:UL-WH 60]]
Fahrzeug-Ident-Nr.: WF0XXXTTGXKA12345
Halter bisher: [[P:Wilhelm Häberle]], [[STR:Söflinger Straße 201]], [[LOC:89077 Ulm]]

Ich wohne in [[LOC:Neu-Ulm]] (Bayern), also in einem anderen Zulassungsbezirk. Kann ich das
Kennzeichen behalten, oder brauche ich ein neues NU-Kennzeichen? Ich habe bereits das Wunschkennzeichen
[[KFZ:NU-TH 1966]] reserviert – ist das sinnvoll?

Die eVB-Nummer meiner Versicherung lautet A7K3M9P, die Zulassungsbescheinigung Teil II habe ich im
Nachlass gefunden. Mein Personalausweis hat die Nummer [[ID:LZ6311T47]], falls Sie die für eine
Vorabprüfung brauchen.

Mit freundlichen Grüßen
[[P:Tobias Häberle]]
[[TEL:0731 / 71 58 26]]
""",
    keep=[
        "zulassungsstelle@ulm-verwaltung.example",
        "Zulassungsbescheinigung Teil II",
        "Zulassungsbezirk",
        "eVB-Nummer",
        "Wunschkennzeichen",
    ],
)

C.pii(
    "email_chain",
    """
Von: [[P:Sevgi Karakaya]] <[[MAIL:s.karakaya@karlsruhe-verwaltung.example]]>
Gesendet: Dienstag, 17. November 2026 08:21
An: [[MAIL:h.dreher-baum@icloud.com]]
Betreff: AW: Parkausweis für Schwerbehinderte – Ablehnung?
Aktenzeichen: [[AZ:32.23-PA-2026-1187]]

Sehr geehrte Frau [[P:Dreher-Baum]],

Ihre Nachricht hat mich erreicht. Die Ablehnung betraf nicht den Parkausweis für Ihren Vater,
Herrn [[P:Günther Baum]], sondern nur den blauen EU-Parkausweis: Hierfür ist das Merkzeichen aG im
Schwerbehindertenausweis erforderlich. Ihr Vater hat das Merkzeichen G; damit kommt der orangefarbene
Parkausweis in Betracht, den wir gerne ausstellen.

Bitte schicken Sie uns ein aktuelles Passfoto Ihres Vaters und eine Kopie des Ausweises
(Vorder- und Rückseite). Die Vollmacht, die Sie für ihn unterschrieben hat, liegt uns vor.

Freundliche Grüße
[[P:Sevgi Karakaya]]
Stadt Karlsruhe – Ordnungs- und Bürgeramt
Straßenverkehrsbehörde
Telefon [[TEL:0721 133-35 61]]

Am 15.11.2026 um 19:03 schrieb [[P:Heike Dreher-Baum]] <[[MAIL:h.dreher-baum@icloud.com]]>:
> Guten Tag,
> ich verstehe Ihre Ablehnung vom 10.11. nicht. Mein Vater ([[P:Günther Baum]], geb. [[DOB:08.03.1939]],
> [[STR:Rintheimer Straße 19]], [[LOC:76131 Karlsruhe]]) kann kaum noch laufen und ist seit seinem
> Schlaganfall auf den Rollstuhl angewiesen. Das hat die Pflegekraft vom Sozialdienst, Herr
> [[P:Aleksandr Petrenko]], auch bestätigt. Warum bekommt er keinen Parkausweis?
> Wir fahren ihn mit meinem Auto ([[KFZ:KA-HD 558]]) zur Dialyse.
> Gruß, [[P:Heike Dreher-Baum]]
""",
    keep=[
        "Merkzeichen aG",
        "Merkzeichen G;",
        "Straßenverkehrsbehörde",
        "Ordnungs- und Bürgeramt",
        "Dialyse",
    ],
)

C.pii(
    "email",
    """
Von: [[P:Trần Minh Đức]] <[[MAIL:minhduc.tran@web.de]]>
An: einbuergerung@lea.berlin.example
Datum: 10.11.2026 06:55
Betreff: Termin zur Aushändigung der Einbürgerungsurkunde – Verschiebung

Sehr geehrte Damen und Herren,

ich habe eine Einladung zur Aushändigung meiner Einbürgerungsurkunde am 26.11.2026 um 11:00 Uhr
erhalten (Geschäftszeichen [[AZ:LEA S 3-EB 2025/184 331]]). Leider bin ich an diesem Tag auf
Montage an der Ostsee und kann nicht nach Berlin kommen. Ist eine Verschiebung möglich?

Meine Daten zur Zuordnung:
Name: [[P:Trần]]
Vorname: [[P:Minh Đức]]
geboren: [[DOB:18/04/1986]] in [[LOC:Nam Định]]
Anschrift: [[STR:Frankfurter Allee 218, WE 1104]], [[LOC:10365 Berlin]]

Meine Frau, [[P:Phạm Thị Hoa]], hat ihren eigenen Antrag später gestellt (Geschäftszeichen
[[AZ:LEA S 3-EB 2026/027 118]]). Wäre es möglich, beide Urkunden gemeinsam auszuhändigen, wenn ihr
Verfahren abgeschlossen ist? Unsere Tochter [[P:Anna Trần]] ist bereits seit Geburt Deutsche.

Ich bin jederzeit per Handy erreichbar: [[TEL:+49 163 802 55 17]]

Mit freundlichen Grüßen
[[P:Trần Minh Đức]]
""",
    keep=[
        "einbuergerung@lea.berlin.example",
        "Einbürgerungsurkunde",
        "26.11.2026 um 11:00 Uhr",
        "Verschiebung möglich",
        "seit Geburt Deutsche",
    ],
)

C.pii(
    "email",
    """
Von: [[P:Gerda Ohlrogge]] <[[MAIL:gerda.ohlrogge@ewetel.net]]>
An: steueramt@oldenburg-stadt.example
Betreff: Abmeldung Hund – Steuermarke Nr. 2113

Sehr geehrte Damen und Herren,

leider muss ich Ihnen mitteilen, dass unser Dackel Waldi am 29.10.2026 eingeschläfert werden musste.
Er war 15 Jahre alt. Ich bitte daher um Abmeldung von der Hundesteuer zum 31.10.2026.

Hundehalter laut Bescheid ist noch mein verstorbener Mann, [[P:Hinrich Ohlrogge]]. Nach seinem Tod
im letzten Jahr habe ich vergessen, das umzumelden. Bitte schicken Sie die Schlussabrechnung daher an
mich: [[P:Gerda Ohlrogge]], [[STR:Alexanderstraße 317]], [[LOC:26127 Oldenburg]].

Kassenzeichen laut letztem Bescheid: [[AZ:6.1230.005512.9]]
Eine Bescheinigung der Tierarztpraxis am Pferdemarkt liegt als Foto bei, die Steuermarke
Nr. 2113 schicke ich per Post zurück.

Die Erstattung bitte auf mein Konto: [[IBAN:DE92 2605 0001 0067 6358 45]] (Inhaberin [[P:Gerda Ohlrogge]]).

Mit freundlichen Grüßen
[[P:Gerda Ohlrogge]]

Tel. [[TEL:0441-5 09 31 12]]
""",
    keep=[
        "steueramt@oldenburg-stadt.example",
        "Steuermarke Nr. 2113",
        "Schlussabrechnung",
        "zum 31.10.2026",
        "Tierarztpraxis am Pferdemarkt",
    ],
)

C.pii(
    "email_chain",
    """
Von: Friedhofsverwaltung Augsburg <friedhofsverwaltung@augsburg-stadt.example>
Gesendet: Mittwoch, 18. November 2026 14:40
An: [[MAIL:c.lechner-bauer@gmx.de]]
Betreff: AW: AW: Grabstätte Westfriedhof – Verlängerung Nutzungsrecht
Grabnummer: Westfriedhof, Feld 34, Reihe 7, Nr. 12 – Vorgang [[AZ:FV-2026-3391]]

Sehr geehrte Frau [[P:Lechner-Bauer]],

vielen Dank für die Unterlagen. Die Verlängerung des Nutzungsrechts um 10 Jahre bis zum 30.04.2037
ist nun möglich. Die Gebühr beträgt nach der Friedhofsgebührensatzung 684,00 €; der Bescheid geht
Ihnen in den nächsten Tagen zu.

Zur Frage der Beisetzung Ihrer Tante: Eine Urnenbeisetzung im bestehenden Familiengrab ist zulässig.
Bitte lassen Sie das Bestattungsunternehmen direkt einen Termin mit uns vereinbaren.

Mit freundlichen Grüßen
[[P:Anton Ziegelmeir]]
Amt für Grünordnung, Naturschutz und Friedhofswesen
Tel. [[TEL:0821 324-48 06]]

> Am 16.11.2026 schrieb [[P:Claudia Lechner-Bauer]]:
> Sehr geehrter Herr [[P:Ziegelmeir]],
> anbei die Sterbeurkunde meiner Mutter, [[P:Rosa Lechner]] (geb. [[DOB:22.11.1931]], gest. 03.10.2026),
> die bisher Nutzungsberechtigte war, sowie die Erklärung meines Bruders [[P:Georg Lechner]], dass er
> auf das Nutzungsrecht verzichtet. Ich wohne in [[STR:Hochfeldstraße 44]], [[LOC:86159 Augsburg]].
> Meine Tante, [[P:Theresia Hummel]], geb. [[DOB:5.8.1935]], lebt im Seniorenheim in [[LOC:Friedberg]]
> und möchte später ebenfalls dort beigesetzt werden.
> Gruß [[P:Claudia Lechner-Bauer]]
>
>> Am 02.11.2026 schrieb Friedhofsverwaltung Augsburg:
>> Sehr geehrte Frau [[P:Lechner-Bauer]],
>> das Nutzungsrecht an der o. g. Grabstätte läuft am 30.04.2027 ab. Für eine Verlängerung benötigen
>> wir den Nachweis, dass Sie als Rechtsnachfolgerin der bisherigen Nutzungsberechtigten gelten.
""",
    keep=[
        "Westfriedhof, Feld 34, Reihe 7, Nr. 12",
        "684,00 €",
        "Friedhofsgebührensatzung",
        "friedhofsverwaltung@augsburg-stadt.example",
        "30.04.2037",
    ],
)

C.pii(
    "email",
    """
Von: [[P:Dragana Petrović]] <[[MAIL:dragana.petrovic@t-online.de]]>
An: schulverwaltung@bielefeld-stadt.example
Betreff: Schülerfahrkarte für meinen Sohn – Schulweg über 3,5 km

Guten Tag,

mein Sohn [[P:Luka Petrović]] (geb. [[DOB:2. Juli 2013]], Klasse 7b) besucht seit August die
Max-Planck-Gesamtschule. Wir sind im Sommer umgezogen und wohnen jetzt in der
[[STR:Heeper Straße 301a]], [[LOC:33607 Bielefeld]]. Laut Routenplaner beträgt der kürzeste Fußweg
zur Schule 4,1 km, also mehr als die 3,5 km, ab denen nach der Schülerfahrkostenverordnung ein
Anspruch besteht.

Das Sekretariat der Schule (Frau [[P:Kamphenkel]]) hat uns gesagt, wir müssten den Antrag direkt bei
Ihnen stellen. Den Antrag habe ich ausgefüllt angehängt, die Schulbescheinigung ebenso.

Unser zweites Kind, [[P:Mila]], geht noch zur Grundschule in der Nähe, für sie brauchen wir nichts.

Bitte schicken Sie das SchokoTicket an die neue Adresse. Die alte Adresse war
[[STR:Detmolder Straße 88]], [[LOC:33604 Bielefeld]]; dort wohnt jetzt mein Schwager
[[P:Nenad Jovanović]], der Post an uns weiterleitet.

Vielen Dank!
[[P:Dragana Petrović]]
Mobil [[TEL:0176 / 2 11 39 48 0]]
""",
    keep=[
        "schulverwaltung@bielefeld-stadt.example",
        "Max-Planck-Gesamtschule",
        "Schülerfahrkostenverordnung",
        "SchokoTicket",
        "3,5 km",
    ],
)

C.pii(
    "email",
    """
Von: [[P:Bernhard Noack]] <[[MAIL:bernhard.noack@lausitz-mail.de]]>
An: grundsteuer@cottbus-stadt.example
Datum: 19.11.2026, 17:26
Betreff: Grundsteuerbescheid 2025 – Eigentümerwechsel nicht berücksichtigt

Sehr geehrte Damen und Herren,

zum Grundsteuerbescheid für das Grundstück [[STR:Dissenchener Straße 52]], [[LOC:03042 Cottbus]]
(Kassenzeichen [[AZ:3.4410.1172.05]]) habe ich eine Rückfrage.

Ich habe das Grundstück zum 01.07.2025 von meinem Vater, [[P:Kurt Noack]], geerbt. Das Finanzamt
Cottbus hat den Grundsteuermessbescheid auf mich umgeschrieben (Steuernummer
[[TAX:056/211/40873]]); Ihr Bescheid ist aber weiterhin an „Erbengemeinschaft [[P:Noack]], z. Hd. Frau
[[P:Edith Noack]]“ adressiert. Meine Mutter ist bereits im Jahr 2023 verstorben.

Meine Schwester, Frau [[P:Cornelia Radochla]], hat im Erbauseinandersetzungsvertrag auf ihren Anteil
verzichtet (Urkunde des Notars in Spremberg, UR-Nr. [[AZ:1412/2025]]).

Bitte ändern Sie den Adressaten auf mich und senden Sie künftig alle Bescheide an meine Wohnanschrift:
[[STR:Am Spreeufer 9]], [[LOC:03044 Cottbus]].

Mit freundlichen Grüßen
[[P:Bernhard Noack]]
[[TEL:0355 / 47 29 60]]
""",
    keep=[
        "grundsteuer@cottbus-stadt.example",
        "Grundsteuermessbescheid",
        "Erbengemeinschaft",
        "Erbauseinandersetzungsvertrag",
        "zum 01.07.2025",
    ],
)

# ---------------------------------------------------------------------------------------------
# Web forms and form mailers
# ---------------------------------------------------------------------------------------------

C.pii(
    "web_form",
    """
Mängelmelder Braunschweig – neue Meldung
========================================
Meldungs-ID: [[AZ:MM-BS-2026-118402]]
Eingang: 14.11.2026 08:17:55
Kategorie: Illegale Müllablagerung
Ort der Meldung: Wendenring / Ecke Hamburger Straße, Grünstreifen vor der Bushaltestelle
Koordinaten: 52.2849, 10.5198 (vom Nutzer gesetzt)

Beschreibung:
Seit gestern liegen hier ca. 10 Säcke Bauschutt, alte Fliesen und eine Badewanne. Ich habe
gestern Abend gegen 22:40 gesehen, wie zwei Männer das von einem weißen Transporter mit dem
Kennzeichen [[KFZ:WF-KL 803]] abgeladen haben. Einen davon kenne ich vom Sehen, das müsste Herr
[[P:Krzysztof Lewandowski]] sein, der im Haus gegenüber eine Wohnung renoviert. Foto vom
Kennzeichen ist angehängt (IMG_4471.jpg).

Angaben zur meldenden Person (freiwillig):
Name: [[P:Frauke Dettmer]]
E-Mail: [[MAIL:frauke.dettmer@gmx.net]]
Telefon: [[TEL:0531 2 80 71 94]]
Ich möchte über den Bearbeitungsstand informiert werden: ja
Meine Angaben dürfen an die zuständige Stelle weitergegeben werden: ja

Technische Angaben:
Übermittelt über: Web-Formular (Desktop)
Browser: Firefox 132.0 / Windows 10
IP-Adresse: [[IP:84.61.203.117]]
Zuständig: Fachbereich Umwelt – Abfallrecht (Bearbeitung durch ALBA Braunschweig GmbH)
""",
    keep=[
        "Illegale Müllablagerung",
        "Wendenring / Ecke Hamburger Straße",
        "ALBA Braunschweig GmbH",
        "IMG_4471.jpg",
        "Firefox 132.0 / Windows 10",
    ],
)

C.pii(
    "form_mailer",
    """
Betreff: [Kontaktformular Ausländerbehörde] Neue Anfrage von [[P:Hamid Rezaei]]
Von: noreply-formular@bonn-verwaltung.example
An: auslaenderamt@bonn-verwaltung.example

Folgende Daten wurden über das Kontaktformular auf www.bonn-verwaltung.example übermittelt:

anliegen: Verlängerung Aufenthaltserlaubnis / Terminanfrage
anrede: Herr
vorname: [[P:Hamid]]
nachname: [[P:Rezaei]]
geburtsdatum: [[DOB:1994-01-23]]
staatsangehoerigkeit: afghanisch
strasse: [[STR:Tannenbuscher Allee 9, App. 212]]
plz_ort: [[LOC:53119 Bonn]]
email: [[MAIL:hamid.rezaei94@gmail.com]]
telefon: [[TEL:015906633418]]
ausweisnummer_aufenthaltstitel: [[ID:Y7H3RK42C]]
aktenzeichen_auslaenderbehoerde: [[AZ:33-2-A-207713]]
nachricht: Sehr geehrte Damen und Herren, meine Aufenthaltserlaubnis (§ 25 Abs. 2 AufenthG) läuft am
15.01.2027 ab. Über das Online-Terminsystem bekomme ich seit Wochen keinen Termin. Ich arbeite als
Pflegehelfer bei der Johanniter-Unfall-Hilfe und brauche den Titel für meinen Arbeitgeber. Meine
Betreuerin beim Integrationskurs, Frau [[P:Luisa Hanke]], hat mir gesagt, ich soll hier schreiben.
Vielen Dank, [[P:Hamid Rezaei]]
datenschutz_akzeptiert: ja
-------------------------------------------------
Zeitstempel: 2026-11-12T19:44:08+01:00
IP: [[IP:2a02:8109:b6c0:3e00:7d4f:1a22:9e0b:44c1]]
User-Agent: Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 Chrome/130.0 Mobile
Formular-ID: kf-auslaender-v3
""",
    keep=[
        "noreply-formular@bonn-verwaltung.example",
        "§ 25 Abs. 2 AufenthG",
        "Online-Terminsystem",
        "Johanniter-Unfall-Hilfe",
        "Formular-ID: kf-auslaender-v3",
    ],
)

C.pii(
    "web_form",
    """
Stadt Köln – Online-Antrag Bewohnerparkausweis
Antragsnummer: [[AZ:BPA-K-2026-0098812]]
Status: eingegangen, Prüfung ausstehend
Eingegangen am: 15.11.2026, 23:12 Uhr

Schritt 1 – Antragsteller/in
  Familienname ............ [[P:Oikonomou]]
  Vorname(n) .............. [[P:Eirini Sofia]]
  Geburtsdatum ............ [[DOB:30.10.1992]]
  Meldeadresse ............ [[STR:Venloer Straße 512, 2. Hinterhaus]]
                            [[LOC:50825 Köln]]
  Bewohnerparkgebiet ...... Ehrenfeld (Gebiet 14)

Schritt 2 – Fahrzeug
  Kennzeichen ............. [[KFZ:K-EO 3010]]
  Halter/in ............... abweichend: [[P:Dimitra Oikonomou]] (Mutter)
  Nutzungsnachweis ........ Überlassungserklärung der Halterin (PDF, 212 KB)

Schritt 3 – Kontakt
  E-Mail .................. [[MAIL:eirini.oikonomou@posteo.net]]
  Telefon ................. [[TEL:+49 221 95 47 13 08]]

Schritt 4 – Bezahlung
  Gebühr .................. 100,00 € (12 Monate)
  Zahlart ................. SEPA-Lastschrift
  IBAN .................... [[IBAN:DE63 3705 0198 3287 8360 09]]
  Kontoinhaber/in ......... [[P:Eirini Sofia Oikonomou]]

Bestätigungen
  [x] Ich versichere, dass ich mit Hauptwohnsitz im Bewohnerparkgebiet gemeldet bin.
  [x] Ich habe die Hinweise zum Datenschutz (Art. 13 DSGVO) gelesen.

Protokoll: Session 7f2c19ab, Client-IP [[IP:91.64.178.22]], Formularversion 4.2
""",
    keep=[
        "Ehrenfeld (Gebiet 14)",
        "100,00 € (12 Monate)",
        "Art. 13 DSGVO",
        "Überlassungserklärung der Halterin",
        "Formularversion 4.2",
    ],
)

C.pii(
    "form_mailer",
    """
Terminbestätigung – Bürgerbüro Gelsenkirchen-Buer
(automatisch erzeugte Nachricht, bitte nicht antworten)

Guten Tag [[P:Witold Kaczmarek]],

Ihr Termin wurde erfolgreich gebucht.

Dienstleistung(en): Personalausweis beantragen (1 Person); Reisepass beantragen (1 Person)
Standort: Bürgerbüro Buer, Goldbergstraße 12, 45894 Gelsenkirchen
Datum/Uhrzeit: Donnerstag, 03.12.2026, 08:45 Uhr
Buchungsnummer: [[AZ:GE-BB-4471-0932]]
Absagecode: [[AZ:X9K4TR]]

Ihre Angaben:
Name: [[P:Kaczmarek, Witold]]
Geburtsdatum: [[DOB:14.02.1958]]
E-Mail: [[MAIL:w.kaczmarek58@t-online.de]]
Mobil: [[TEL:0171 38 06 55 4]]
Weitere Person: [[P:Kaczmarek, Halina]], geb. [[DOB:07.08.1961]]

Bitte bringen Sie mit: bisherigen Personalausweis bzw. Reisepass ([[PASS:C01X6HM3R]]),
ein aktuelles biometrisches Passfoto, bei Namensänderung die Heiratsurkunde.

Hinweis: Für Ihre Ehefrau ist ein eigener Termin erforderlich, wenn sie ebenfalls ein Dokument
beantragt.

Ihre Stadt Gelsenkirchen – Referat Bürgerservice
Service-Telefon 0209 169-0 (Mo–Fr 8–16 Uhr)

--- interne Protokollzeile ---
booking-id=[[AZ:4471-0932]] | channel=web | ip=[[IP:46.114.7.203]] | ts=2026-11-16 12:03:44
""",
    keep=[
        "Bürgerbüro Buer, Goldbergstraße 12, 45894 Gelsenkirchen",
        "Service-Telefon 0209 169-0",
        "biometrisches Passfoto",
        "Referat Bürgerservice",
        "channel=web",
    ],
)

C.pii(
    "web_form",
    """
Sperrmüll-Anmeldung Online – Abfallwirtschaftsgesellschaft Wuppertal (AWG)
Auftragsbestätigung Nr. [[AZ:SPM-2026-173390]]

Abholadresse
  Straße, Hausnr.: [[STR:Nützenberger Straße 233, Hinterhaus]]
  PLZ, Ort:        [[LOC:42115 Wuppertal]]
  Abstellort:      Einfahrt links neben den Mülltonnen

Auftraggeber
  Name:            [[P:Schmitz-Ahrens, Ute]]
  Telefon:         [[TEL:(0202) 30 47 85]]
  E-Mail:          [[MAIL:ute.schmitz-ahrens@online.de]]
  Kundennummer:    [[AZ:AWG-0081 5527]]

Gegenstände (max. 5 m³)
  1 Sofa, 3-Sitzer
  1 Kleiderschrank, zerlegt
  2 Matratzen 90x200
  1 Teppich
Elektrogeräte: keine

Bemerkung: Die Sachen stammen aus der Wohnung meiner verstorbenen Schwiegermutter
[[P:Margarete Ahrens]] (Erdgeschoss). Bitte klingeln Sie bei [[P:Ahrens]]/[[P:Schmitz]], falls Sie
Fragen haben; mein Mann [[P:Klaus Ahrens]] ist ab 7 Uhr vor Ort.

Wunschtermin: 1. verfügbarer Termin
Zugewiesener Termin: Mittwoch, 25.11.2026 (ab 6:00 Uhr bereitstellen)

Meta: eingereicht 16.11.2026 21:08:13 via Web, IP [[IP:37.201.144.86]]
""",
    keep=[
        "Abfallwirtschaftsgesellschaft Wuppertal (AWG)",
        "max. 5 m³",
        "ab 6:00 Uhr bereitstellen",
        "Einfahrt links neben den Mülltonnen",
        "2 Matratzen 90x200",
    ],
)

C.pii(
    "form_mailer",
    """
Von: formular@schwerin-stadt.example
An: ordnungsamt@schwerin-stadt.example
Betreff: [Hinweis an das Ordnungsamt] Abgemeldetes Fahrzeug im öffentlichen Verkehrsraum

=== Formular „Hinweis an das Ordnungsamt“ ===
Art des Hinweises: Abgestelltes Fahrzeug ohne Zulassung / Schrottfahrzeug
Ort: Lübecker Straße, Parkbucht gegenüber Hausnummer 140
Seit wann: ca. Anfang Oktober

Beschreibung:
Ein roter VW Polo ohne gültige Plakette, vorne noch das alte Kennzeichen [[KFZ:SN-RT 412]], hinten
keins mehr. Reifen platt, Scheibe eingeschlagen. Soweit ich weiß, gehört das Auto dem Sohn von
Frau [[P:Brigitte Tessmann]] aus der Nummer 138, er heißt glaube ich [[P:Ronny]] oder [[P:René Tessmann]]
und ist nach Hamburg gezogen. Kinder spielen an dem Auto, da sind Scherben.

Kontaktdaten des Hinweisgebers (werden nicht an Dritte weitergegeben):
Name: [[P:Peer Lindemann]]
Anschrift: [[STR:Lübecker Straße 144]], [[LOC:19053 Schwerin]]
Telefon: [[TEL:0385 / 5 57 18 20]]
E-Mail: [[MAIL:peer.lindemann@gmx.de]]
Rückmeldung gewünscht: nein

--
gesendet am 17.11.2026 um 07:31 Uhr
Absender-IP: [[IP:2003:e6:4f1b:9a00:1c3:8bd:72ff:2a10]]
Formularserver: forms01.schwerin-stadt.example (10.40.2.15)
""",
    keep=[
        "Abgestelltes Fahrzeug ohne Zulassung",
        "Lübecker Straße, Parkbucht gegenüber Hausnummer 140",
        "forms01.schwerin-stadt.example (10.40.2.15)",
        "ordnungsamt@schwerin-stadt.example",
        "Rückmeldung gewünscht: nein",
    ],
)

C.pii(
    "web_form",
    """
Online-Dienst „Meldebescheinigung beantragen“ – Stadt Trier
Vorgangsnummer: [[AZ:TR-MB-26-040517]]

Art der Bescheinigung: erweiterte Meldebescheinigung (mit früheren Anschriften)
Verwendungszweck: Vorlage bei der Familienkasse / Kindergeld
Gebühr: 10,00 € – bezahlt per giropay (Transaktions-ID 8F2C-77A1-0C93)

Angaben der antragstellenden Person:
Familienname:      [[P:D'Alessandro]]
Geburtsname:       [[P:Ferri]]
Vornamen:          [[P:Francesca Maria]]
Geburtsdatum:      [[DOB:11.03.1987]]
Geburtsort:        [[LOC:Palermo]]
Anschrift:         [[STR:Saarstraße 58, c/o Reisebüro Moselland, 1. OG]]
                   [[LOC:54290 Trier]]
Frühere Anschrift: [[STR:Rue de Luxembourg 14]], [[LOC:L-6750 Grevenmacher]] (bis 03/2025)

Mitbetroffene Personen:
- [[P:D'Alessandro, Marco]], geb. [[DOB:02.09.1985]] (Ehemann)
- [[P:D'Alessandro, Giulia]], geb. [[DOB:19.06.2019]] (Tochter)

Identifizierung: Online-Ausweisfunktion (eID), Dokumentnummer [[ID:L4M7N9T1C]]
Zustellung: elektronisch als PDF an [[MAIL:francesca.dalessandro@libero.it]]

Systemdaten: eingereicht am 18.11.2026 10:22:47, Quelle [[IP:188.42.117.9]]
""",
    keep=[
        "erweiterte Meldebescheinigung",
        "10,00 €",
        "Online-Ausweisfunktion (eID)",
        "Vorlage bei der Familienkasse",
        "Transaktions-ID 8F2C-77A1-0C93",
    ],
)

C.pii(
    "form_mailer",
    """
Von: anmeldung@vhs-jena.example
An: kursverwaltung@vhs-jena.example
Betreff: Neue Kursanmeldung 26H-3104 „Deutsch B2 Beruf – Pflege“

Eine neue Anmeldung ist über www.vhs-jena.example eingegangen.

Kurs:            26H-3104 Deutsch B2 Beruf – Pflege (Mo+Mi, 17:30–20:45)
Kursort:         VHS Jena, Grietgasse 17a, Raum 2.14
Teilnehmer/in:   [[P:Yuliia Bondarenko]]
Geburtsdatum:    [[DOB:27.07.1979]]
Anschrift:       [[STR:Karl-Liebknecht-Straße 98, Whg. 7]], [[LOC:07749 Jena]]
Telefon:         [[TEL:+380 67 412 88 09]] / [[TEL:0152 04 71 33 68]]
E-Mail:          [[MAIL:yuliia.bondarenko@ukr.net]]
Förderung:       BAMF-Berufssprachkurs, Berechtigungsschein Nr. [[AZ:471-BSK-26-00913]]
Arbeitgeber:     Universitätsklinikum Jena (Anerkennungsverfahren Pflege)
Notfallkontakt:  [[P:Oksana Melnyk]] (Schwester), [[TEL:0176 50 11 82 47]]

Zahlung:         entfällt (Förderung), Kaution 50 € per Lastschrift
IBAN:            [[IBAN:DE90 4306 0967 1074 1845 70]]

Anmerkung der Teilnehmerin: "Ich arbeite im Schichtdienst, kann ich manchmal in den Parallelkurs
von Herrn [[P:Sander]] wechseln?"

Einwilligung Foto/Video: nein
Übermittelt: 19.11.2026 06:58, IP [[IP:95.91.14.240]]
""",
    keep=[
        "26H-3104",
        "Grietgasse 17a, Raum 2.14",
        "BAMF-Berufssprachkurs",
        "Kaution 50 €",
        "Universitätsklinikum Jena",
    ],
)

# ---------------------------------------------------------------------------------------------
# OCR-noisy scans and faxes
# ---------------------------------------------------------------------------------------------

C.pii(
    "ocr_scan",
    """
[Scan Posteingang 20.11.2026 – Seite 1/1 – OCR]

[[P:Wa1traud Schu1ze]]
[[STR:Heinrichstr. 7O]]
[[LOC:O7545 Gera]]

An die Stadt Gera
Fachdienst Steuern und Gebuhren
Gagarinstraße 99/101
07545 Gera

Betr.: Widerspruch Strasenreinigungsgebühren
Kassenzeichen [[AZ:4.1O2.33O81.7]]

Sehr geehrte Darnen und Herren,

hiermit lege ich Widerspruch gegen den Bescheid vom 2l.10.2026 ein. Sie haben mein Grundstuck
in die Reinigungsklasse 2 (wöchentliche Reinigung) eingestuft. Bei uns in der Heinrichstr. komrnt
aber seit Jahren nur alle 14 Tage die Kehrmaschine, das kann auch rnein Nachbar Herr
[[P:Gunter Pohlrnann]] bezeugen, der im Haus gegenüber wohnt.

Aulserdem ist das Grundstück ein Eckgrundstück und die Frontlänge zur Seitenstraße (Leibnizstr.)
wurde doppelt gerechnet. Richtig sind l8,5 m statt 37 m.

Ich bin 79 Jahre alt (geb. [[DOB:O3.O4.1947]]) und kann nicht ins Rathaus kommen. Mein Enkel
[[P:Kevin Schulze]] kümmert sich um meine Post, bitte rufen Sie ihn an: [[TEL:O176 / 2O 33 81 45]].

Mit freundlichen Grüsen

[[P:W. Schu1ze]]
~~~ (handschriftl. Unterschrift) ~~~
""",
    keep=[
        "Gagarinstraße 99/101",
        "Reinigungsklasse 2",
        "Kehrmaschine",
        "Eckgrundstück",
        "Posteingang 20.11.2026",
    ],
)

C.pii(
    "fax",
    """
FAX-NACHRICHT                                     20.11.26 14:07   S. 1/2
Von: +49 951 2 08 44 70   Ambulanter Pflegedienst Regnitztal gGmbH

An:      Stadt Bamberg, Sozialamt – Hilfe zur Pflege
Fax:     0951 87-19 99
Von:     [[P:Sabrina Heß]], Pflegedienstleitung
Durchwahl: [[TEL:0951 2 08 44-13]]
Betreff: Dringend – Versorgungslücke bei Herrn [[P:Engelbert Dotterweich]]

Sehr geehrte Damen und Herren,

wir versorgen seit 2023 Herrn [[P:Engelbert Dotterweich]], geb. [[DOB:12.11.1940]], wohnhaft
[[STR:Obere Sandstraße 31, 2. Stock]], [[LOC:96049 Bamberg]], Pflegegrad 3 (Ihr Az.
[[AZ:50-HzP-2025-0217]]).

Die bisherige Kostenzusage für die hauswirtschaftliche Versorgung (2 x wöchentlich) läuft am
30.11.2026 aus. Der Folgeantrag wurde am 16.09.2026 gestellt, bislang liegt uns keine Entscheidung
vor. Herr [[P:Dotterweich]] lebt allein; seine Tochter, Frau [[P:Marion Wunder]], wohnt in
[[LOC:Forchheim]] und kann nur am Wochenende helfen.

Ohne Verlängerung müssten wir die Einsätze zum 01.12. einstellen. Wir bitten um kurzfristige
Rückmeldung, ggf. um eine vorläufige Kostenzusage.

Ansprechpartnerin für den Betreuungsfall beim Betreuungsverein: Frau [[P:Jutta Kestler-Mai]],
Tel. [[TEL:0951 / 2 97 30 58]].

Mit freundlichen Grüßen
i. A. [[P:S. Heß]]

Dieses Fax enthält vertrauliche Gesundheitsdaten. Falls Sie nicht der richtige Empfänger sind,
informieren Sie uns bitte unter 0951 2 08 44 70 und vernichten Sie das Schreiben.
""",
    keep=[
        "Fax:     0951 87-19 99",
        "Ambulanter Pflegedienst Regnitztal gGmbH",
        "hauswirtschaftliche Versorgung",
        "vorläufige Kostenzusage",
        "30.11.2026",
    ],
)

C.pii(
    "ocr_scan",
    """
=== OCR Seite 1 – Meldeschein_Anmeldung_2026-11-20.pdf ===

Meldeschein / Anmeldung bei der Meldebehörde     Stadt Bremerhaven
                                                Bürger- und Ordnungsamt

Tag des Einzugs: O1.11.2O26
Neue Wohnung: [[STR:Hafenstraße 1l2, 3. OG, Wohnung Nr. 9]]
              [[LOC:27576 Bremerhaven]]
Bisherige Wohnung: [[STR:ul. Świętojańska 45/7]]
                   [[LOC:81-391 Gdynia]], Polen
Die neue Wohnung ist: [X] alleinige Wohnung  [ ] Hauptwohnung  [ ] Nebenwohnung

Person 1
 Familienname: [[P:KAM1NSKI]]
 Vornamen: [[P:Piotr Andrzej]]
 Geschl.: m   Geb.-Datum: [[DOB:O9.1O.1983]]   Geb.-Ort: [[LOC:Gdańsk]]
 Staatsang.: polnisch   Religion: rk
 Familienstand: vh seit 2OO9 in [[LOC:Gdynia]]
 Ausweis: poln. Personalausweis, gültig bis 2O31

Person 2
 Familienname: [[P:KAMIŃSKA]]  Geburtsname: [[P:W0JCIK]]
 Vornamen: [[P:Agata]]
 Geb.-Datum: [[DOB:22.O5.1985]]   Geb.-Ort: [[LOC:Sopot]]

Person 3
 Familienname: [[P:KAMIŃSKI]]   Vornamen: [[P:Szyrnon]]
 Geb.-Datum: [[DOB:14.l2.2O15]]   Geb.-Ort: [[LOC:Gdynia]]

Wohnungsgeber: Stäwog Städtische Wohnungsgesellschaft Bremerhaven mbH
Unterschrift der meldepfl. Person: [[P:P. Kaminski]]     Datum: 2O.11.2O26
""",
    keep=[
        "Bürger- und Ordnungsamt",
        "Stäwog Städtische Wohnungsgesellschaft Bremerhaven mbH",
        "alleinige Wohnung",
        "Tag des Einzugs",
    ],
)

C.pii(
    "ocr_scan",
    """
--- Scan 2026-11-19_GewA1_eingang.tif, OCR-Text (Qualität: mittel) ---

Gewerbe-Anmeldung nach § 14 GewO oder § 55c GewO              Stadtverwaltung Koblenz
Bitte vollständig und gut lesbar ausfüllen                    Gewerbeamt

1 Name ............. [[P:Alkan]]
2 Vornamen ......... [[P:Deniz Can]]
3 Geschlecht ....... [x] männlich
4 Geburtsdatum ..... [[DOB:O6.O6.1996]]
5 Geburtsort, -land  [[LOC:Neuwied]] / Deutschland
6 Staatsangehörigk.  [x] deutsch [ ] andere: türk.
7 Anschrift der Wohnung: [[STR:Moselweißer Str. 7l]], [[LOC:56073 Koblenz]]
  Telefon: [[TEL:O261 / 94 22 l7 8]]   E-Mail: [[MAIL:dc.alkan@protonmail.com]]

10 Betriebsstätte: Löhrstraße 12O, 56068 Koblenz
11 Hauptniederlassung: s. o.
15 Angemeldete Tätigkeit: Handel mit Mobiltelefonen und Zubehör, Reparatur von Smartphones
   (handwerksähnliches Gewerbe nach Anl. B Abschn. 1 HwO - kein Eintrag erforderlich)
16 Beginn der Tätigkeit: O1.12.2O26
18 Zahl der Beschäftigten: Vollzeit 1 Teilzeit 1
19 Art des angemeldeten Betriebes: [x] Hauptniederlassung
22 Handelsregister: [[HR:HRA 2O719]] Amtsgericht Koblenz (eingetragener Kaufmann)
   Firma: "Handy-Klinik Koblenz e.K."

Steuer-ID: [[TAX:57653812457]]
Erlaubnis/Handwerkskarte: entfällt

Vertretungsberechtigte Person (bei Abwesenheit): [[P:Serap Alkan]] (Mutter)

Datum: l9.11.2O26    Unterschrift: [[P:D. C. Alkan]]
""",
    keep=[
        "Gewerbeamt",
        "Anl. B Abschn. 1 HwO",
        "Handel mit Mobiltelefonen und Zubehör",
        "Hauptniederlassung",
        "§ 55c GewO",
    ],
)

C.pii(
    "fax",
    """
++ Telefax ++ 21-NOV-2026 09:52 ++ von [[TEL:05121-518 26 04]] ++ Seite 001 ++

An: Stadt Hildesheim, Fachbereich Bürgerservice, Fax 05121 301-5555

VOLLMACHT

Hiermit bevollmächtige ich,

[[P:Hildegard Oppermann]], geb. [[DOB:28.12.1941]],
wohnhaft [[STR:Steingrube 19, Seniorenwohnanlage, App. 23]], [[LOC:31141 Hildesheim]],

meine Nichte

[[P:Dagmar Rautenberg-Sievers]], geb. [[DOB:10.10.1968]],
wohnhaft [[STR:Am Ratsbauhof 4]], [[LOC:31134 Hildesheim]],
Personalausweis-Nr. [[ID:M2K7P9XN4]],

für mich einen Reisepass zu beantragen und abzuholen sowie eine Meldebescheinigung
und eine Lebensbescheinigung für meine Rente aus den Niederlanden entgegenzunehmen.

Ich selbst kann wegen eines Oberschenkelhalsbruchs die Wohnung derzeit nicht verlassen.
Meine Hausärztin, Frau Dr. med. [[P:Anke Siebrecht]], bestätigt dies gern.

Mein Ausweis: Personalausweis Nr. [[ID:L01X9H7RT]], gültig bis 04.2027.

Hildesheim, den 20. November 2026

[[P:H. Oppermann]]                                [[P:D. Rautenberg-Sievers]]
(Vollmachtgeberin)                                (Bevollmächtigte)

Bei Rückfragen: [[TEL:05121 – 518 26 04]] (Frau [[P:Rautenberg-Sievers]])
++ Ende der Übertragung ++
""",
    keep=[
        "VOLLMACHT",
        "Fax 05121 301-5555",
        "Lebensbescheinigung",
        "Oberschenkelhalsbruchs",
        "Fachbereich Bürgerservice",
    ],
)

C.pii(
    "ocr_scan",
    """
[OCR, Anlage 3 zum Wohngeldantrag, eingescannt am 19.11.2026]

Abrechnung der Brutto/Netto-Bezüge für Oktober 2026
Rheinische Textilservice GmbH · Personalabteilung · Uerdinger Str. 530 · 47800 Krefeld

Pers.-Nr. [[AZ:004711]]       Eintritt 01.03.2019       StKl. III / 1,0      Konf. --
Herr [[P:Gheorghe Munteanu]]
bei [[P:Bogdan]]
[[STR:Ostwall 212]]
[[LOC:47798 Krefeld]]

Geb.-Datum [[DOB:23.O8.1976]]     SV-Nummer [[RV:53 230876 M 042]]
Steuer-ID [[TAX:91470269953]]     KK: AOK Rheinland/Hamburg     BGRS 1111

Lohnart  Bezeichnung                  Menge     Faktor      Betrag
1000     Stundenlohn                  168,00    15,20    2.553,60
1210     Schichtzulage 25 %            42,00     3,80      159,60
2100     VWL AG-Anteil                                      26,59
         Gesamt-Brutto                                   2.739,79
         Lohnsteuer                                         98,33
         KV / RV / AV / PV                                 579,47
         Netto                                           2.061,99
         Auszahlung                                      2.061,99

Überweisung an: IBAN [[IBAN:DE52 5105 0015 9720 8379 40]]  Nassauische Sparkasse
""",
    keep=[
        "Rheinische Textilservice GmbH",
        "Uerdinger Str. 530 · 47800 Krefeld",
        "Gesamt-Brutto",
        "2.061,99",
        "Schichtzulage 25 %",
    ],
)

C.pii(
    "ocr_scan",
    """
(Seite 1 von 9 – Kopie Mietvertrag, vorgelegt mit Antrag auf Kosten der Unterkunft,
 Scan-Qualität schlecht, OCR ungeprüft)

MIETVERTRAG über Wohnraum

Zwischen
[[P:Eberhard von Rheden]]
[[STR:Herzberger Landstr. 4l]], [[LOC:37085 Gött1ngen]]
                                                    – Vermieter –
und
[[P:Aster Tekle]]                        geb. [[DOB:O2.O2.1995]]
[[P:Yohannes Kidane]]                    geb. [[DOB:l8.O9.1990]]
bisher wohnhaft: [[STR:Groner Landstr. 9, Zi. 114]], [[LOC:37081 Göttingen]]
                                                    – Mieter –

§ 1 Mietsache
Vermietet wird die Wohnung im Hause [[STR:Weender Landstraße 1O3]], [[LOC:37075 Göttingen]],
Dachgeschoss links, bestehend aus 3 Zimmern, Küche, Bad, Flur, Kellerraum Nr. 7.
Wohnfläche ca. 64,5 m².

§ 3 Miete und Nebenkosten
Die Grundmiete beträgt monatlich 598,00 EUR, die Vorauszahlung auf die Betriebskosten
165,00 EUR, Heizkosten 89,00 EUR. Gesamt: 852,00 EUR.
Die Miete ist bis zum 3. Werktag auf das Konto des Verrnieters zu zahlen:
IBAN [[IBAN:DE33 5005 0201 1336 1492 30]], Kontoinhaber [[P:E. v. Rheden]]

§ 5 Kaution: 1.794,00 EUR (drei Grundmieten), zahlbar in drei Raten.

Hausmeister: Herr [[P:Ludger Pape]], Tel. [[TEL:O551 / 3 79 94 1]]
""",
    keep=[
        "MIETVERTRAG über Wohnraum",
        "852,00 EUR",
        "Wohnfläche ca. 64,5 m²",
        "Kaution: 1.794,00 EUR",
        "Kosten der Unterkunft",
    ],
)

C.pii(
    "fax",
    """
Bestattungen Stiglmayr · Passau · Fax 0851 7 56 60-9
--------------------------------------------------------------------
Telefax an: Stadt Passau – Standesamt, Fax 0851 396-199
Datum: 23.11.2026   Seiten: 3 (inkl. Deckblatt)
Sachbearbeiter: [[P:Korbinian Stiglmayr]], Durchwahl [[TEL:0851 7 56 60-14]]

Sterbefallanzeige – Beurkundung erbeten

Verstorben: [[P:Zwicklbauer, Johann Nepomuk]]
geb. am [[DOB:19.03.1936]] in [[LOC:Hauzenberg]]
zuletzt wohnhaft: [[STR:Innstraße 112]], [[LOC:94032 Passau]]
verstorben am 21.11.2026, 23:40 Uhr, in der Wohnung
Familienstand: verheiratet mit [[P:Kreszenz Zwicklbauer]] geb. [[P:Moosbauer]], geb. [[DOB:02.07.1939]]
Konfession: röm.-kath.

Auftraggeber: [[P:Alois Zwicklbauer]] (Sohn), [[STR:Ilzleite 27]], [[LOC:94034 Passau]],
Tel. [[TEL:0851 / 4 90 73 12]]

Anlagen: Todesbescheinigung (vertraulicher Teil verschlossen), Heiratsurkunde,
Geburtsurkunde, Personalausweis des Verstorbenen Nr. [[ID:LH4C7F19R]]

Wir bitten um Ausstellung von 6 Sterbeurkunden (davon 1 für Rentenzwecke) zur Abholung durch
unser Haus. Die Beisetzung ist für den 28.11.2026 auf dem Innstadtfriedhof vorgesehen.
Leichenschau durch Dr. med. [[P:Veronika Pilsl]], Notdienst.

Mit freundlichen Grüßen
[[P:K. Stiglmayr]]
""",
    keep=[
        "Fax 0851 396-199",
        "Sterbefallanzeige",
        "6 Sterbeurkunden",
        "Innstadtfriedhof",
        "Todesbescheinigung (vertraulicher Teil verschlossen)",
    ],
    allow=("Stiglmayr",),
)

# ---------------------------------------------------------------------------------------------
# Letters of lawyers, courts, landlords, employers, doctors and insurers
# ---------------------------------------------------------------------------------------------

C.pii(
    "lawyer_letter",
    """
KANZLEI AM WIESDORFER PLATZ
Rechtsanwältinnen [[P:Derya Öztürk-Lange]] & [[P:Melanie Strack]]
Fachanwältinnen für Migrationsrecht
Wiesdorfer Platz 8 · 51373 Leverkusen · Tel. 0214 87 55 30 · kanzlei@wiesdorfer-platz.example

Stadt Leverkusen
Fachbereich Bürger und Straßenverkehr
Ausländerbehörde
Friedrich-Ebert-Platz 1
51373 Leverkusen

per beA und vorab per Fax: 0214 406-88 00

Unser Zeichen: [[AZ:Ö/312/26]]
Ihr Zeichen: [[AZ:32-AB-174 402]]
24.11.2026

Mandant: Herr [[P:Berhane Tsegay]], geb. [[DOB:04.05.1998]]
Anhörung zur beabsichtigten Ausweisung vom 05.11.2026

Sehr geehrte Damen und Herren,

unter Vorlage einer auf uns lautenden Vollmacht zeigen wir an, dass wir Herrn [[P:Tsegay]]
vertreten. Zur Anhörung nehmen wir wie folgt Stellung:

1. Die Verurteilung durch das Amtsgericht Leverkusen (Urteil vom 11.03.2026, Az. [[AZ:43 Ds 118/25]])
   zu einer Geldstrafe von 90 Tagessätzen begründet kein schwerwiegendes Ausweisungsinteresse im
   Sinne von § 54 Abs. 2 AufenthG.
2. Dem steht ein besonders schwerwiegendes Bleibeinteresse nach § 55 Abs. 1 Nr. 4 AufenthG gegenüber:
   Unser Mandant lebt mit seiner Lebensgefährtin, Frau [[P:Lea Sommerfeld]], und der gemeinsamen
   Tochter [[P:Hanna Sommerfeld]], geb. [[DOB:17.01.2024]], deutsche Staatsangehörige, in familiärer
   Lebensgemeinschaft unter der Anschrift [[STR:Kölner Straße 141]], [[LOC:51379 Leverkusen]].
3. Herr [[P:Tsegay]] ist seit 2022 als Lagerlogistiker bei der Firma Currenta beschäftigt. Eine
   Bestätigung seines Vorgesetzten, Herrn [[P:Patrick Lenzen]], fügen wir bei.

4. Die Tat liegt mehr als zwei Jahre zurück (Tatzeit 23.08.2024). Unser Mandant hat sich seitdem
   straffrei geführt, die Geldstrafe vollständig bezahlt und auf eigene Initiative an einem
   Anti-Gewalt-Training der Bewährungs- und Gerichtshilfe teilgenommen. Die Teilnahmebescheinigung
   der Kursleiterin, Frau Dr. phil. [[P:Sandra Kühnapfel]], liegt bei.
5. Im Rahmen der nach § 53 Abs. 1 und 2 AufenthG gebotenen Abwägung ist weiter zu berücksichtigen,
   dass Herr [[P:Tsegay]] im Jahr 2015 als unbegleiteter Minderjähriger eingereist ist, hier die
   Hauptschule abgeschlossen und eine Ausbildung beendet hat. Bindungen an das Herkunftsland
   bestehen praktisch nicht mehr; seine Mutter, Frau [[P:Mebrat Gebru]], lebt als anerkannter
   Flüchtling in [[LOC:Uppsala]] (Schweden). Sein Bruder, Herr [[P:Filmon Tsegay]], ist in
   [[LOC:Bergisch Gladbach]] eingebürgert worden.
6. Die Tochter [[P:Hanna]] ist auf den täglichen Umgang mit ihrem Vater angewiesen. Frau
   [[P:Sommerfeld]] arbeitet als Pflegefachkraft im Schichtdienst im Klinikum Leverkusen; die
   Betreuung des Kindes wird in den Abend- und Nachtstunden überwiegend von unserem Mandanten
   übernommen. Eine Trennung wäre mit Art. 6 GG und Art. 8 EMRK nicht vereinbar.

Vorsorglich weisen wir darauf hin, dass im Falle einer Ausweisungsverfügung umgehend Klage beim
Verwaltungsgericht Köln erhoben und ein Antrag nach § 80 Abs. 5 VwGO gestellt würde.

Wir beantragen, von einer Ausweisung abzusehen, und bitten um Akteneinsicht durch Übersendung
der Ausländerakte in unsere Kanzlei.

Mit freundlichen Grüßen

[[P:Öztürk-Lange]]
Rechtsanwältin
""",
    keep=[
        "KANZLEI AM WIESDORFER PLATZ",
        "Wiesdorfer Platz 8 · 51373 Leverkusen",
        "§ 54 Abs. 2 AufenthG",
        "90 Tagessätzen",
        "Friedrich-Ebert-Platz 1",
    ],
)

C.pii(
    "court_letter",
    """
Amtsgericht Mönchengladbach
– Betreuungsgericht –
Hohenzollernstraße 157, 41061 Mönchengladbach
Telefon 02161 276-0, Durchwahl [[TEL:02161 276-3 41]]

Geschäftsnummer: [[AZ:27 XVII 1093/26]]
Bitte bei allen Schreiben angeben

Stadt Mönchengladbach
Betreuungsstelle
Fliethstraße 86–88
41061 Mönchengladbach

25.11.2026

Betreuungssache [[P:Klaus-Peter Dohmen]], geb. [[DOB:09.02.1958]],
wohnhaft [[STR:Eickener Straße 230]], [[LOC:41063 Mönchengladbach]],
derzeit: LVR-Klinik Mönchengladbach, Station 4B

Sehr geehrte Damen und Herren,

in der vorbezeichneten Betreuungssache werden Sie gemäß § 279 Abs. 2 FamFG um einen Sozialbericht
binnen drei Wochen gebeten. Anlass ist die Anregung der Klinik, eine Betreuung für die
Aufgabenkreise Gesundheitssorge, Aufenthaltsbestimmung und Vermögenssorge einzurichten.

Der Betroffene hat eine Schwester, Frau [[P:Gabriele Dohmen-Wirtz]], [[STR:Lindenweg 3]],
[[LOC:41844 Wegberg]], die nach Angaben der Klinik bereit ist, die Betreuung ehrenamtlich zu
übernehmen. Zu prüfen ist auch, ob die Vorsorgevollmacht zugunsten des Nachbarn, Herrn
[[P:Achim Kürten]], aus dem Jahr 2019 wirksam ist und ausreicht.

Die Anhörung des Betroffenen ist für den 16.12.2026 in der Klinik vorgesehen. Als
Verfahrenspfleger ist Herr Rechtsanwalt [[P:Sebastian Heinen]] bestellt.

Auf Anordnung
[[P:Kerstin Lambertz]], Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle

Richterin am Amtsgericht Dr. [[P:Annika Vossen]]
""",
    keep=[
        "Hohenzollernstraße 157, 41061 Mönchengladbach",
        "Telefon 02161 276-0",
        "§ 279 Abs. 2 FamFG",
        "Sozialbericht",
        "Vorsorgevollmacht",
    ],
)

C.pii(
    "landlord_letter",
    """
Hausverwaltung Frankenland GmbH
Nürnberger Straße 64 · 91054 Erlangen
Telefon 09131 81 22-0 · info@hv-frankenland.example

Frau
[[P:Maria Grazia Lombardi]]
[[STR:Schenkstraße 18, Whg. 2.04]]
[[LOC:91052 Erlangen]]

Erlangen, 18.11.2026

Mietobjekt: [[STR:Schenkstraße 18, Whg. 2.04]]
Mietvertragsnummer: [[AZ:MV-2204-0188]]
Bescheinigung über die Miete zur Vorlage bei der Wohngeldstelle der Stadt Erlangen

Sehr geehrte Frau [[P:Lombardi]],

wie gewünscht bestätigen wir Ihnen für Ihren Wohngeldantrag folgende Angaben:

Mieter/in: [[P:Maria Grazia Lombardi]], seit 01.04.2019
weitere Personen lt. Mietvertrag: [[P:Salvatore Lombardi]] (bis 30.06.2025), [[P:Nicola Lombardi]]
Wohnfläche: 71,2 m², 3 Zimmer, Baujahr 1968, Zentralheizung, Warmwasser über Heizung
Grundmiete: 642,00 € · Betriebskostenvorauszahlung: 180,00 € · Heizkosten: 95,00 €
Gesamtmiete: 917,00 € monatlich
Die Miete wird regelmäßig und pünktlich gezahlt. Mietrückstände bestehen nicht.

Eigentümer des Hauses ist Herr Dr. [[P:Gerhard Memmel]] – falls die Wohngeldstelle den Eigentümer
benötigt, wenden Sie sich bitte an uns; wir sind bevollmächtigt.

Für Rückfragen steht Ihnen Ihre Objektbetreuerin, Frau [[P:Svenja Gößwein]], unter
[[TEL:09131 81 22-37]] oder [[MAIL:s.goesswein@hv-frankenland.example]] zur Verfügung.

Mit freundlichen Grüßen
Hausverwaltung Frankenland GmbH

i. A. [[P:Svenja Gößwein]]
""",
    keep=[
        "Hausverwaltung Frankenland GmbH",
        "Telefon 09131 81 22-0",
        "Gesamtmiete: 917,00 € monatlich",
        "Wohnfläche: 71,2 m²",
        "info@hv-frankenland.example",
    ],
)

C.pii(
    "employer_letter",
    """
Autostadt Logistik Services GmbH
Personalservice · Heinrich-Nordhoff-Straße 119 · 38440 Wolfsburg

Stadt Wolfsburg
Geschäftsbereich Bürgerdienste
Einbürgerungsbehörde
Porschestraße 49
38440 Wolfsburg

Wolfsburg, 17. November 2026

Arbeitgeberbescheinigung zur Vorlage im Einbürgerungsverfahren
Ihr Aktenzeichen: [[AZ:EBB 2026-0571]]

Hiermit bestätigen wir, dass

Frau [[P:Noor ul Ain Chaudhry]]
geboren am [[DOB:02.11.1990]] in [[LOC:Lahore]]
wohnhaft [[STR:Ligusterweg 52]], [[LOC:38444 Wolfsburg]]
Personalnummer [[AZ:20-77341]]

seit dem 01.09.2020 in einem unbefristeten, ungekündigten Arbeitsverhältnis als
Sachbearbeiterin Disposition in Vollzeit (38,5 Stunden/Woche) bei uns beschäftigt ist. Das
monatliche Bruttogehalt beträgt derzeit 3.412,00 € zuzüglich Jahressonderzahlung. Eine Probezeit
besteht nicht mehr. Eine Kündigung ist weder ausgesprochen noch beabsichtigt.

Frau [[P:Chaudhry]] ist sozialversicherungspflichtig beschäftigt
(Sozialversicherungsnummer [[RV:24 021190 C 500]]).

Diese Bescheinigung wird auf Wunsch der Mitarbeiterin ausgestellt. Für Rückfragen steht Ihnen
Herr [[P:Malte Brünig]], Personalreferent, unter [[TEL:05361 89 04-212]] zur Verfügung.

Mit freundlichen Grüßen

i. V. [[P:Malte Brünig]]                     i. A. [[P:Claudia Fehse]]
Personalreferent                              Personalsachbearbeitung
""",
    keep=[
        "Heinrich-Nordhoff-Straße 119",
        "Porschestraße 49",
        "38,5 Stunden/Woche",
        "3.412,00 €",
        "Einbürgerungsbehörde",
    ],
)

C.pii(
    "medical_letter",
    """
Kinder- und Jugendarztpraxis am Ebertpark
Dr. med. [[P:Ingeborg Schaaf]] · [[P:Nikolaos Vlachos]]
Fachärzte für Kinder- und Jugendmedizin
Wittelsbachstraße 14 · 67061 Ludwigshafen am Rhein · Tel. 0621 56 33 90

Ärztliche Bescheinigung
zur Vorlage beim Bereich Kindertagesstätten der Stadt Ludwigshafen
und bei der Kita St. Elisabeth

Patient: [[P:Malik Osei-Bauer]], geb. [[DOB:23.08.2022]]
wohnhaft: [[STR:Hemshofstraße 40]], [[LOC:67063 Ludwigshafen]]
Eltern: [[P:Kwame Osei]] und [[P:Stefanie Bauer]]

Ludwigshafen, 16.11.2026

Hiermit bescheinigen wir, dass bei o. g. Kind eine ärztlich gesicherte Erdnuss- und
Baumnussallergie mit Anaphylaxie-Risiko besteht (Diagnose gestellt am Universitätsklinikum
Mannheim, Kinderallergologie, Befund vom 02.10.2026).

Für die Betreuung in der Kindertagesstätte ist Folgendes erforderlich:
– strikt nuss- und erdnussfreie Verpflegung,
– Hinterlegung eines Notfallsets (Adrenalin-Autoinjektor 150 µg, Antihistaminikum-Tropfen),
– Unterweisung des Personals nach dem beigefügten Anaphylaxie-Notfallplan.

Gegen die Masernschutzimpfung bestehen keine Bedenken; der Impfschutz nach § 20 Abs. 8 IfSG ist
vollständig (2 Impfungen, Nachweis im Impfpass).

Die Kosten der Bescheinigung (GOÄ Nr. 70) werden den Eltern privat in Rechnung gestellt.

Dr. med. [[P:Ingeborg Schaaf]]
Fachärztin für Kinder- und Jugendmedizin, Allergologie
""",
    keep=[
        "Wittelsbachstraße 14 · 67061 Ludwigshafen am Rhein",
        "Tel. 0621 56 33 90",
        "§ 20 Abs. 8 IfSG",
        "Adrenalin-Autoinjektor 150 µg",
        "GOÄ Nr. 70",
    ],
)

C.pii(
    "insurer_letter",
    """
Hessische Regio Versicherung AG
Schadenservice Sach/Haftpflicht · Postfach 10 44 20 · 64219 Darmstadt
Service-Hotline 0800 477 33 00 (kostenfrei)

Wissenschaftsstadt Darmstadt
Rechtsamt – Versicherungsangelegenheiten
Frankfurter Straße 71
64293 Darmstadt

Darmstadt, 20.11.2026

Schadennummer: [[AZ:HRV-26-SH-0447 1183]]
Versicherungsnehmerin: Frau [[P:Angelika Roßmann-Fiedler]]
Versicherungsschein-Nr.: [[AZ:KH 771 204 559]]
Schadentag: 27.09.2026 (Sturmtief „Hilke“)
Schadenort: Parkplatz vor dem Anwesen [[STR:Heinrichstraße 122]], [[LOC:64283 Darmstadt]]

Geltendmachung von Ersatzansprüchen nach § 86 VVG – Baumschaden an Pkw

Sehr geehrte Damen und Herren,

unsere Versicherungsnehmerin parkte am Schadentag ihren Pkw, amtliches Kennzeichen [[KFZ:DA-AR 1208]],
ordnungsgemäß vor ihrem Wohnhaus. Gegen 17:15 Uhr brach ein starker Ast von einem städtischen
Straßenbaum (Platane, Baumkataster-Nr. 11-4478) ab und beschädigte Dach und Windschutzscheibe.
Der Vorfall wurde von der Nachbarin, Frau [[P:Ruth Bellinghausen]], beobachtet und fotografiert.

Wir haben den Schaden aus der Vollkaskoversicherung in Höhe von 4.870,25 € reguliert
(Gutachten Sachverständigenbüro Kessler vom 08.10.2026). Nach unseren Feststellungen war der Ast
bereits vor dem Sturm erkennbar morsch; Ihre letzte Baumkontrolle datiert vom Juli 2024.

Wir fordern Sie auf, den übergegangenen Anspruch bis zum 18.12.2026 auszugleichen. Die
Selbstbeteiligung unserer Versicherungsnehmerin von 300,00 € macht diese ggf. selbst geltend.

Ihre Ansprechpartnerin: Frau [[P:Mareike Thiessen]], Regulierungsbeauftragte
Direktwahl [[TEL:06151 99 84-2217]], [[MAIL:mareike.thiessen@hrv-versicherung.example]]

Mit freundlichen Grüßen
Hessische Regio Versicherung AG
[[P:Thiessen]]
""",
    keep=[
        "Service-Hotline 0800 477 33 00",
        "§ 86 VVG",
        "Baumkataster-Nr. 11-4478",
        "4.870,25 €",
        "Frankfurter Straße 71",
    ],
)

C.pii(
    "lawyer_letter",
    """
Rechtsanwalt [[P:Jens-Uwe Kohlhaas]]
Fachanwalt für Verkehrsrecht
Hansastraße 22 · 44137 Dortmund
Telefon 0231 52 77 10 · Telefax 0231 52 77 11

Stadt Dortmund
Ordnungsamt – Bußgeldstelle / Verkehrsüberwachung
Olpe 1
44135 Dortmund

23.11.2026

Bußgeldsache gegen [[P:Okan Şahin]], geb. [[DOB:05.09.2000]]
Ihr Aktenzeichen: [[AZ:55.41.021 774 19.0]]
Mein Zeichen: [[AZ:472/26 K/dw]]

Sehr geehrte Damen und Herren,

ich zeige an, dass mich Herr [[P:Okan Şahin]], [[STR:Mallinckrodtstraße 190]], [[LOC:44147 Dortmund]],
mit seiner Verteidigung beauftragt hat. Eine Vollmacht ist beigefügt.

Meinem Mandanten wird vorgeworfen, am 14.10.2026 auf der B 1 in Fahrtrichtung Unna die zulässige
Höchstgeschwindigkeit von 60 km/h um 31 km/h überschritten zu haben (Fahrzeug [[KFZ:DO-OS 2000]]).

Ich beantrage Akteneinsicht einschließlich der Messdatei, der Rohmessdaten, des Eichscheins und der
Schulungsnachweise des Messbeamten, Herrn [[P:Dominik Terhorst]]. Auf dem Beweisfoto ist zudem
erkennbar nicht mein Mandant zu sehen; Fahrer war vermutlich sein Cousin, Herr [[P:Murat Şahin]],
der das Fahrzeug gelegentlich mitbenutzt. Zur Person des Fahrers wird mein Mandant keine
Angaben machen (§ 55 StPO i. V. m. § 46 OWiG).

Einer Entscheidung durch Beschluss wird widersprochen.

Mit freundlichen Grüßen
[[P:Kohlhaas]]
Rechtsanwalt
""",
    keep=[
        "Hansastraße 22 · 44137 Dortmund",
        "Telefon 0231 52 77 10",
        "Olpe 1",
        "60 km/h um 31 km/h",
        "§ 55 StPO i. V. m. § 46 OWiG",
    ],
)

C.pii(
    "court_letter",
    """
Verwaltungsgericht Sigmaringen
Karlstraße 13 · 72488 Sigmaringen
Telefon 07571 7 30-0

Aktenzeichen: [[AZ:4 K 2291/26]]
(Bitte bei allen Schreiben angeben)

Stadt Konstanz
– Rechtsamt –
Kanzleistraße 15
78462 Konstanz

Sigmaringen, 19.11.2026

Verwaltungsrechtsstreit
[[P:Xhafer Berisha]], [[STR:Schwaketenstraße 96]], [[LOC:78467 Konstanz]]
                                                          – Kläger –
Prozessbevollmächtigte: Rechtsanwälte Wangler & Kuhn, Konstanz
gegen
Stadt Konstanz, vertreten durch den Oberbürgermeister
                                                          – Beklagte –
wegen Gaststättenerlaubnis (Widerruf)

Sehr geehrte Damen und Herren,

anliegend erhalten Sie die Klageschrift vom 12.11.2026 nebst Anlagen mit der Bitte, binnen sechs
Wochen nach Zustellung die Klage zu erwidern und die vollständigen Verwaltungsvorgänge
(Gewerbeakte [[AZ:32.2-GA-0119/2014]]) vorzulegen.

Der Kläger begehrt zugleich die Wiederherstellung der aufschiebenden Wirkung nach § 80 Abs. 5 VwGO
(Az. [[AZ:4 K 2292/26]]). Im Eilverfahren wird um Stellungnahme bis zum 03.12.2026 gebeten.

Die Kammer weist darauf hin, dass die im Bescheid angeführten Vorfälle vom 19.07.2026, an denen der
Bruder des Klägers, Herr [[P:Arben Berisha]], beteiligt gewesen sein soll, durch die polizeilichen
Berichte (Polizeirevier Konstanz, Tgb.-Nr. [[AZ:1288/26]]) zu belegen sind.

Der Berichterstatter: Richter am Verwaltungsgericht [[P:Hollerbach]]

Auf Anordnung
[[P:Weißhaupt]], Justizangestellte
Durchwahl [[TEL:07571 7 30-214]]
""",
    keep=[
        "Karlstraße 13 · 72488 Sigmaringen",
        "Telefon 07571 7 30-0",
        "§ 80 Abs. 5 VwGO",
        "Kanzleistraße 15",
        "Rechtsanwälte Wangler & Kuhn",
    ],
)

# ---------------------------------------------------------------------------------------------
# Internal notes and phone notes
# ---------------------------------------------------------------------------------------------

C.pii(
    "internal_note",
    """
Stadt Ingolstadt – Amt für Bauordnung und Denkmalschutz          Az. [[AZ:BA-2026-0833]]

AKTENVERMERK über den Ortstermin am 12.11.2026, 10:00–11:15 Uhr

Vorhaben: Nutzungsänderung Garage zu Wohnraum, ungenehmigter Anbau (Wintergarten)
Grundstück: [[STR:Gaimersheimer Straße 77]], [[LOC:85057 Ingolstadt]]
Eigentümer: [[P:Ludwig Gabler]], geb. [[DOB:18.05.1962]], und [[P:Rita Gabler]]

Anwesend:
– Herr [[P:Gabler]] (Eigentümer)
– Herr [[P:Fabian Rottler]], Bauaufsicht (Verfasser)
– Frau [[P:Melanie Huber]], Bauaufsicht
– Herr [[P:Hakan Öztürk]], Nachbar und Beschwerdeführer, [[STR:Gaimersheimer Straße 79]]

Feststellungen:
1. Die Garage wird als Einliegerwohnung genutzt. Dort wohnt nach Angabe von Herrn [[P:Gabler]] seit
   März 2026 sein Sohn [[P:Maximilian Gabler]] mit Partnerin [[P:Lena Stöckl]]. Ein Bauantrag liegt
   nicht vor. Die Aufenthaltsraumhöhe beträgt ca. 2,25 m und unterschreitet Art. 45 Abs. 1 BayBO.
2. Der Wintergarten (ca. 4,0 x 3,2 m) hält den Grenzabstand zu Fl.-Nr. 1420/3 nicht ein
   (gemessen: 1,40 m statt 3,00 m).
3. Herr [[P:Öztürk]] legte Fotos vor, wonach der Anbau im Juni errichtet wurde.

Weiteres Vorgehen:
– Anhörung zur Nutzungsuntersagung (Art. 76 Satz 2 BayBO) an Eheleute [[P:Gabler]], Frist 4 Wochen
– Hinweis auf nachträglichen Bauantrag; Beratungstermin angeboten
– Rückmeldung an Herrn [[P:Öztürk]] nur allgemein (Datenschutz)

Herr [[P:Gabler]] ist telefonisch unter [[TEL:0841 / 9 31 48 02]] erreichbar.

gez. [[P:Rottler]], 13.11.2026
""",
    keep=[
        "Art. 45 Abs. 1 BayBO",
        "Art. 76 Satz 2 BayBO",
        "Nutzungsuntersagung",
        "1,40 m statt 3,00 m",
        "AKTENVERMERK",
    ],
)

C.pii(
    "phone_note",
    """
TELEFONNOTIZ                                   Bürgerbüro Solingen, Team 3
Datum/Zeit: 16.11.2026, 11:42 Uhr
Aufgenommen von: [[P:Ch. Wuppermann]] (Durchwahl [[TEL:290-41 37]])

Anrufer/in: Frau [[P:Anneliese Klingenberg]], ca. 85 J., schwerhörig – laut sprechen!
Rückrufnummer: [[TEL:0212 / 2 01 59 87]] (Festnetz, nur vormittags)
Anschrift lt. Melderegister: [[STR:Wupperstraße 2a]], [[LOC:42651 Solingen]]

Anliegen:
Ihr Personalausweis ist im Oktober abgelaufen. Sie kann wegen Gehbehinderung nicht ins Bürgerbüro
kommen und fragt nach einem Hausbesuch. Außerdem möchte sie wissen, ob sie als Bewohnerin eines
Pflegeheims überhaupt einen Ausweis braucht (Umzug ins Haus Ohligs geplant zum 01.01.2027).

Sie wird von ihrem Neffen, Herrn [[P:Rainer Klingenberg]] aus [[LOC:Haan]], unterstützt, der aber
selten erreichbar ist: [[TEL:0151-42 08 73 36]].

Erledigt/weiteres Vorgehen:
– Info gegeben: Befreiung von der Ausweispflicht nach § 1 Abs. 3 PAuswG möglich, Antrag formlos
– Mobiles Bürgerbüro (Termin über Frau [[P:Dahlmann]]) angefragt, KW 49 möglich
– Geburtsdatum lt. Register: [[DOB:12.06.1941]], Ausweis-Nr. alt: [[ID:LJ5C9R7H2]]

WV: 23.11.2026
""",
    keep=[
        "TELEFONNOTIZ",
        "Bürgerbüro Solingen, Team 3",
        "§ 1 Abs. 3 PAuswG",
        "Mobiles Bürgerbüro",
        "WV: 23.11.2026",
    ],
)

C.pii(
    "internal_note",
    """
Stadt Neubrandenburg · Fachbereich Soziales
Übergabevermerk wegen Urlaub / Vertretung ab 30.11.2026

von: [[P:Doreen Rabe]] (Sozialhilfe, Zi. 2.17, [[TEL:0395 555-27 41]], [[MAIL:d.rabe@neubrandenburg-verwaltung.example]])
an:  [[P:Thomas Krakow]] (Vertretung)

Offene Fälle mit Frist:

1) [[P:Wilke, Reinhard]] – Az. [[AZ:50.12-GruSi-0783]]
   Grundsicherung im Alter, Weiterbewilligung ab 01.12. noch nicht beschieden. Es fehlt die
   Rentenanpassungsmitteilung; Tochter [[P:Sandra Wilke]] hat sie für diese Woche zugesagt
   ([[TEL:0176 81 44 90 12]]). Bei Eingang sofort bescheiden, Zahlung sonst gefährdet.

2) [[P:Hussein, Amal]] – Az. [[AZ:50.12-HLU-1190]]
   Umzug von der Gemeinschaftsunterkunft in [[STR:Juri-Gagarin-Ring 14, Whg. 3]], [[LOC:17036 Neubrandenburg]].
   Erstausstattung beantragt (Waschmaschine, Betten für 3 Kinder). Hausbesuch mit Herrn
   [[P:Ahmed]] (Dolmetscher, Sprachmittlerpool) am 02.12., 9:00 Uhr bestätigt.

3) [[P:Szymański, Jolanta]] – Az. [[AZ:50.12-HzP-0412]]
   Pflegeheim Tollensesee, Kostenübernahme. Der Sohn, Herr [[P:Marek Szymański]], lebt in
   [[LOC:Szczecin]] und reagiert nicht auf Post; Anschrift lt. Akte: [[STR:ul. Jagiellońska 71/4]],
   [[LOC:70-437 Szczecin]]. Bitte Unterhaltsprüfung vorerst zurückstellen (Rücksprache mit Frau
   [[P:Lüdtke]], SGL, am 19.11.).

4) Ablage: Widerspruch [[P:Brandt, Kerstin]] liegt beim Rechtsamt, nichts zu tun.

Danke dir, [[P:Thomas]]! Bin ab 14.12. wieder da.
[[P:Doreen]]
""",
    keep=[
        "Übergabevermerk",
        "Grundsicherung im Alter",
        "Sprachmittlerpool",
        "Pflegeheim Tollensesee",
        "Rentenanpassungsmitteilung",
    ],
)

C.pii(
    "phone_note",
    """
Rückrufbitte – Ordnungsamt Paderborn, Abt. Gewerbe
eingegangen: 18.11.2026 16:05 (Zentrale, weitergeleitet von Frau [[P:Wessels]])
für: Herrn [[P:Brockmeier]]

Wer hat angerufen: Herr [[P:Vasile Moldovan]], Inhaber einer Trockenbaufirma (Einzelunternehmen)
Rückruf unter: [[TEL:+40 744 518 207]] (rumänische Nummer!) oder [[TEL:05251/8 77 21 90]] (Büro)
Betr.: Gewerbeummeldung – Verlegung des Betriebssitzes
Aktenzeichen lt. Anrufer: [[AZ:32.4-GA-2023-1881]]

Notiz:
Er zieht mit dem Betrieb aus dem Gewerbehof in Elsen in die [[STR:Driburger Straße 12]]
([[LOC:33100 Paderborn]]) um, das Büro ist gleichzeitig seine Wohnung. Fragt, ob Ummeldung online geht
und ob die Handwerksrolle informiert werden muss. Sein Vorarbeiter, Herr [[P:Sorin Lungu]], soll eine
Vollmacht bekommen, um Sachen beim Amt zu erledigen.
Außerdem: Beschwerde, dass ein Kollege von uns (Name unbekannt, „großer Mann mit Bart“)
ihn am Telefon „unfreundlich abgewimmelt“ habe.

Dringlichkeit: mittel – bitte bis Freitag zurückrufen. Herr [[P:Moldovan]] spricht gut Deutsch.
""",
    keep=[
        "Ordnungsamt Paderborn, Abt. Gewerbe",
        "Gewerbeummeldung",
        "Handwerksrolle",
        "bitte bis Freitag zurückrufen",
        "Trockenbaufirma",
    ],
)

C.pii(
    "phone_note",
    """
Standesamt Fulda – Gesprächsnotiz (Telefon)
Datum: 19.11.2026, 09:10 Uhr · Bearbeiterin: [[P:S. Hohmann]]

Anrufer: Herr [[P:Dariusz Berlin]] (ja, Nachname [[P:Berlin]]), Tel. [[TEL:0661 / 24 90 17 5]]
Anliegen: Nachbeurkundung der Geburt seines Sohnes im Geburtenregister

Sachverhalt lt. Anrufer:
– Sohn [[P:Aleksander Berlin]], geb. [[DOB:04.04.2026]] in [[LOC:Wrocław]] (Urlaub, Frühgeburt)
– Eltern: [[P:Dariusz Berlin]], geb. [[DOB:16.01.1989]], deutsch-polnisch; Mutter [[P:Katja Berlin]]
  geb. [[P:Henkel]], deutsch
– Wohnsitz der Familie: [[STR:Leipziger Straße 77, Hinterhaus]], [[LOC:36037 Fulda]]
– polnische Geburtsurkunde (Akt urodzenia) liegt vor, Übersetzung durch Frau [[P:Ewa Nowicka]],
  vereidigte Übersetzerin in [[LOC:Kassel]], ist beauftragt

Auskunft erteilt:
– Nachbeurkundung nach § 36 PStG beim Standesamt des Wohnsitzes möglich, Antrag persönlich
– Unterlagen: int. Geburtsurkunde oder Übersetzung, Ausweise beider Eltern, Eheurkunde
– Gebühr Nachbeurkundung 80,00 € zzgl. Urkunden

Der Anrufer fragte außerdem, ob der Sohn den Familiennamen „[[P:Berlin]]“ auch in Polen tragen kann –
verwiesen an das polnische Generalkonsulat in Köln.

Termin vergeben: 02.12.2026, 13:30 Uhr, Zimmer 11 (Buchung [[AZ:STA-FD-55231]])
""",
    keep=[
        "Nachbeurkundung",
        "§ 36 PStG",
        "80,00 € zzgl. Urkunden",
        "Generalkonsulat in Köln",
        "Zimmer 11",
    ],
)

C.pii(
    "internal_note",
    """
Stadt Offenbach am Main – Ausländerbehörde – Sachgebiet Aufenthalt
VERMERK (nur für die Akte)                                   Ausländerakte [[AZ:OF-AB 0448 217]]

Betreff: [[P:Abdi, Hawa Mohamed]], geb. [[DOB:01.07.1997]] in [[LOC:Mogadischu]]
hier: Vorsprache am 20.11.2026 / Identitätsklärung

1. Frau [[P:Abdi]] sprach heute ohne Termin mit ihrer Begleiterin, Frau [[P:Ulrike Brandner]]
   (Ehrenamtliche, Flüchtlingshilfe Offenbach), vor. Dolmetscher Somali: Herr [[P:Abdirahman Warsame]]
   (Honorarkraft).
2. Vorgelegt wurde ein somalischer Reisepass, ausgestellt 2025 in Nairobi. Nach Rücksprache mit
   Herrn [[P:Kaiser]] (Dokumentenprüfung, Durchwahl [[TEL:069 8065-3318]]) bestehen keine Bedenken gegen die Echtheit.
   Die Identität ist damit für die Zwecke des § 5 Abs. 1 Nr. 1a AufenthG geklärt.
3. Wohnanschrift unverändert: [[STR:Sprendlinger Landstraße 41]], bei [[P:Farah]],
   [[LOC:63069 Offenbach am Main]].
   Sie lebt dort mit ihrer Schwester, Frau [[P:Sahra Farah]], und deren Ehemann.
4. Die Beschäftigungserlaubnis für die Tätigkeit als Reinigungskraft bei der Firma Hessenclean GmbH
   wurde mit Zustimmung der BA erteilt. Ansprechpartner beim Arbeitgeber: Herr [[P:Goran Ilić]],
   [[TEL:069 8 40 29 55-12]].
5. Telefon der Antragstellerin: [[TEL:0176 / 58 12 93 04]]

Verfügung:
– eAT-Antrag aufnehmen, Fotos und Fingerabdrücke bei nächster Vorsprache
– WV 4 Wochen

gez. [[P:Schönhals]], SB 32.4
""",
    keep=[
        "§ 5 Abs. 1 Nr. 1a AufenthG",
        "Hessenclean GmbH",
        "Sachgebiet Aufenthalt",
        "eAT-Antrag aufnehmen",
        "WV 4 Wochen",
    ],
)

# ---------------------------------------------------------------------------------------------
# PII-free administrative texts
# ---------------------------------------------------------------------------------------------

C.clean(
    "press_release",
    """
PRESSEMITTEILUNG Nr. 418/2026 – Amt für Presse und Kommunikation

Konrad-Adenauer-Platz: Umgestaltung beginnt im Januar

Die Umgestaltung des Konrad-Adenauer-Platzes vor dem Hauptbahnhof beginnt am 11. Januar 2027. Der
Rat hatte die Planung im Juni einstimmig beschlossen (Vorlage 0817/2026). In einem ersten Bauabschnitt
werden bis Ende Mai die Fahrbahnen zwischen Kurt-Schumacher-Straße und Willy-Brandt-Ring verlegt,
anschließend entstehen ein neuer zentraler Busbahnhof mit zwölf Bussteigen, ein überdachtes
Fahrradparkhaus für 600 Räder und eine Grünfläche mit 48 neuen Bäumen.

„Der Platz wird vom Verkehrsknoten zum Stadtplatz“, erklärte der Oberbürgermeister bei der
Vorstellung der Pläne im Ratssaal. Die Gesamtkosten liegen bei rund 23,4 Millionen Euro; das Land
fördert das Vorhaben über das Programm „Zukunft Innenstadt“ mit 14,1 Millionen Euro.

Während der Bauzeit fahren die Linien 5, 17 und N3 eine Ersatzhaltestelle in der Bertha-von-Suttner-Straße
an. Die Taxistände werden an die Ostseite des Bahnhofs verlegt. Die Zufahrt zum Parkhaus
„Am Bahnhof“ der Firma Contipark bleibt jederzeit möglich.

Informationen zur Baustelle gibt es im Baustellenbüro im Foyer des Technischen Rathauses,
Heinrich-Heine-Allee 12 (dienstags 14–18 Uhr), unter der Servicenummer 0800 123 45 67 sowie per
E-Mail an konrad-adenauer-platz@stadtverwaltung.example.

Pressekontakt: Amt für Presse und Kommunikation, Rathaus, Marktplatz 1, Telefon 0421 98 76-0,
presse@stadtverwaltung.example
""",
    keep=[
        "Konrad-Adenauer-Platz",
        "Vorlage 0817/2026",
        "Bertha-von-Suttner-Straße",
        "Heinrich-Heine-Allee 12",
        "presse@stadtverwaltung.example",
    ],
)

C.clean(
    "council_paper",
    """
Beschlussvorlage                                              Drucksache Nr. 26/0932
öffentlich

Federführend: Fachbereich Schule und Bildung
Beteiligt: Gebäudemanagement, Kämmerei

Beratungsfolge:
Schulausschuss                              01.12.2026   Vorberatung
Haupt- und Finanzausschuss                  08.12.2026   Vorberatung
Rat der Stadt                               17.12.2026   Entscheidung

Betreff: Erweiterung der Geschwister-Scholl-Gesamtschule um einen Oberstufentrakt

Beschlussvorschlag:
Der Rat beschließt die Erweiterung der Geschwister-Scholl-Gesamtschule, Hans-Böckler-Straße 40,
um einen Oberstufentrakt mit zwölf Kursräumen, zwei naturwissenschaftlichen Fachräumen und einer
Mensa für 250 Essen je Schicht. Die Verwaltung wird beauftragt, die Planung bis zur
Leistungsphase 3 fortzuführen und Fördermittel aus dem Programm „Gute Schule 2030“ zu beantragen.

Sachverhalt:
Die Geschwister-Scholl-Gesamtschule ist seit dem Schuljahr 2022/23 durchgehend sechszügig. Nach der
Schulentwicklungsplanung (Drucksache 25/0417) steigen die Schülerzahlen in der Sekundarstufe II
bis 2031 um rund 180 Schülerinnen und Schüler. Die Kapazität des Standorts an der
Hans-Böckler-Straße ist bereits heute erschöpft; drei Kurse werden in Containern auf dem Schulhof
unterrichtet. Eine Auslagerung an das Annette-von-Droste-Hülshoff-Gymnasium ist wegen dessen
eigener Raumknappheit nicht möglich.

Finanzielle Auswirkungen:
Kostenschätzung nach DIN 276: 18,7 Mio. € brutto; im Haushalt 2027 sind Planungsmittel von
650.000 € unter Produkt 03.01.02 veranschlagt.

Klimarelevanz: Neubau im Passivhausstandard, Photovoltaik auf der gesamten Dachfläche.

Anlagen: Raumprogramm, Lageplan (Plan-Nr. GM-26-311), Kostenschätzung
""",
    keep=[
        "Drucksache Nr. 26/0932",
        "Geschwister-Scholl-Gesamtschule",
        "Hans-Böckler-Straße 40",
        "Annette-von-Droste-Hülshoff-Gymnasium",
        "Plan-Nr. GM-26-311",
    ],
)

C.clean(
    "statute",
    """
Satzung über die Erhebung der Hundesteuer (Hundesteuersatzung) vom 14. Dezember 2026

Aufgrund des § 7 der Gemeindeordnung und der §§ 1, 2 und 3 des Kommunalabgabengesetzes hat der
Rat der Stadt in seiner Sitzung am 10. Dezember 2026 folgende Satzung beschlossen:

§ 1 Steuergegenstand
Gegenstand der Steuer ist das Halten von Hunden im Stadtgebiet.

§ 2 Steuerpflicht
(1) Steuerpflichtig ist, wer einen Hund in seinen Haushalt oder Wirtschaftsbetrieb aufgenommen hat.
(2) Halten mehrere Personen gemeinsam einen Hund, so sind sie Gesamtschuldner.

§ 3 Steuersatz
(1) Die Steuer beträgt jährlich
    a) wenn nur ein Hund gehalten wird                         120,00 €
    b) wenn zwei Hunde gehalten werden, je Hund                 156,00 €
    c) wenn drei oder mehr Hunde gehalten werden, je Hund       180,00 €
(2) Für gefährliche Hunde im Sinne des § 3 Landeshundegesetz beträgt die Steuer 720,00 € je Hund.

§ 4 Steuerbefreiungen
Steuerbefreiung ist auf Antrag zu gewähren für
    a) Blindenführhunde und Assistenzhunde,
    b) Hunde, die aus dem Tierheim der Stadt oder des Tierschutzvereins übernommen wurden, für
       die Dauer von zwölf Monaten,
    c) Rettungshunde mit bestandener Prüfung.

§ 7 Hundesteuermarke
Für jeden angemeldeten Hund wird eine Hundesteuermarke ausgegeben, die der Hund außerhalb der
Wohnung sichtbar zu tragen hat.

§ 9 Inkrafttreten
Diese Satzung tritt am 1. Januar 2027 in Kraft. Gleichzeitig tritt die Hundesteuersatzung vom
18. November 2013 außer Kraft.

Bekanntmachungsanordnung: Die vorstehende Satzung wird hiermit öffentlich bekannt gemacht.
Der Oberbürgermeister
""",
    keep=[
        "Hundesteuersatzung",
        "120,00 €",
        "§ 3 Landeshundegesetz",
        "720,00 € je Hund",
        "Blindenführhunde",
    ],
)

C.clean(
    "tender",
    """
Bekanntmachung einer öffentlichen Ausschreibung nach UVgO

Vergabenummer: V-2026-0412-GM
Auftraggeber: Stadt, Zentrales Vergabebüro, Robert-Koch-Straße 7, 45128 Essen-Süd (Verwaltungsgebäude B),
Telefon 0201 88-44 00, Telefax 0201 88-44 09, E-Mail vergabestelle@stadtverwaltung.example

Art der Leistung: Unterhalts- und Glasreinigung in 14 städtischen Liegenschaften, u. a.
– Rathaus und Bürgeramt Mitte
– Stadtbibliothek im Käthe-Kollwitz-Haus
– Volkshochschule, Gebäude Albert-Schweitzer-Straße 3
– Feuer- und Rettungswache 2, Max-Planck-Ring 20
– Sporthalle der Friedrich-Ebert-Realschule

Reinigungsfläche: ca. 38.600 m², Ausführung ab 01.04.2027, Vertragslaufzeit 2 Jahre mit zweimaliger
Verlängerungsoption um je 12 Monate. Losaufteilung: Los 1 (Verwaltungsgebäude), Los 2 (Schulen und
Sporthallen).

Eignungsnachweise: Eintragung in das Berufs- oder Handelsregister, Unbedenklichkeitsbescheinigung
der Berufsgenossenschaft, Referenzen über mindestens drei vergleichbare Aufträge, Erklärung zur
Tariftreue nach dem Landestariftreuegesetz.

Angebotsfrist: 12.01.2027, 10:00 Uhr. Angebote sind ausschließlich elektronisch über die
Vergabeplattform einzureichen. Bieterfragen bis 04.01.2027 über den Kommunikationsbereich der
Plattform. Eine Ortsbesichtigung wird am 09.12.2026 um 9:00 Uhr angeboten; Treffpunkt: Foyer Rathaus.

Zuschlagskriterien: Preis 60 %, Qualität des Reinigungskonzepts 30 %, Umweltkriterien 10 %.
""",
    keep=[
        "Vergabenummer: V-2026-0412-GM",
        "vergabestelle@stadtverwaltung.example",
        "Käthe-Kollwitz-Haus",
        "Albert-Schweitzer-Straße 3",
        "Friedrich-Ebert-Realschule",
    ],
)

C.clean(
    "timetable",
    """
Linie 612  Hauptbahnhof – Rathaus – Klinikum Nord – Gewerbegebiet Am Fuchsberg
gültig ab 14.12.2026 · montags bis freitags (außer an Feiertagen)

Haltestelle                          05:12  05:42  06:12  06:32  06:52  07:12  … alle 20 min  19:12  20:12
Hauptbahnhof / Konrad-Adenauer-Platz 05:12  05:42  06:12  06:32  06:52  07:12                19:12  20:12
Theodor-Heuss-Straße                 05:14  05:44  06:14  06:34  06:54  07:14                19:14  20:14
Rathaus                              05:17  05:47  06:17  06:37  06:57  07:17                19:17  20:17
Sophie-Scholl-Schule                 05:19  05:49  06:19  06:39  06:59  07:19                19:19  20:19
Bismarckstraße                       05:21  05:51  06:21  06:41  07:01  07:21                19:21  20:21
Klinikum Nord (Haupteingang)         05:26  05:56  06:26  06:46  07:06  07:26                19:26  20:26
Friedhof Lindenhöhe                  05:29  05:59  06:29  06:49  07:09  07:29                19:29  20:29
Gewerbegebiet Am Fuchsberg           05:34  06:04  06:34  06:54  07:14  07:34                19:34  20:34

Hinweise:
* Die Fahrten um 06:32 und 06:52 verkehren nur an Schultagen und fahren ab Sophie-Scholl-Schule als
  Verstärker bis Klinikum Nord.
* An der Haltestelle Bismarckstraße besteht Anschluss an die Linie 14 Richtung Zoo / Alfred-Brehm-Platz.
* Abends ab 20:30 Uhr AnrufSammelTaxi (AST): Bestellung mindestens 30 Minuten vor Abfahrt unter
  0800 612 612 0.

Kundencenter Stadtwerke Verkehr, Bahnhofsvorplatz 2 · Mo–Fr 7–19 Uhr, Sa 9–14 Uhr
Fahrplanauskunft rund um die Uhr: 01806 50 40 30 (20 ct/Anruf aus dem Festnetz)
""",
    keep=[
        "Linie 612",
        "Gewerbegebiet Am Fuchsberg",
        "Sophie-Scholl-Schule",
        "Alfred-Brehm-Platz",
        "0800 612 612 0",
    ],
)

C.clean(
    "event_listing",
    """
Veranstaltungskalender Dezember 2026 – Kulturamt

Fr 04.12. | 19:30 | Stadthalle, Großer Saal
3. Sinfoniekonzert „Wiener Klassik“: Klavierkonzert Es-Dur, Sinfonie D-Dur
Städtisches Orchester, Leitung: Generalmusikdirektion. Karten 18–42 €, ermäßigt 50 %.

Sa 05.12. | 11:00–18:00 | Marktplatz und Schillerplatz
Nikolausmarkt mit Kunsthandwerk, Kinderkarussell und Glühweinständen der Fördervereine.

So 06.12. | 15:00 | Kinder- und Jugendtheater im Goethe-Haus
„Die kleine Hexe“, Figurentheater ab 5 Jahren, Eintritt 6 €.

Mi 09.12. | 18:00 | Stadtmuseum, Alexander-von-Humboldt-Saal
Vortrag: „200 Jahre Stadtgarten – von der Lenné-Planung zum Bürgerpark“.
Eintritt frei, Anmeldung unter museum@stadtverwaltung.example.

Do 10.12. | 19:00 | Rathaus, Ratssaal
Verleihung des Käthe-Kollwitz-Kulturpreises der Stadt 2026. Die Jury hatte aus 47 Vorschlägen
ausgewählt; die Bekanntgabe erfolgt am Abend. Einlass nur mit Einladung.

Sa 12.12. | 10:00–16:00 | Stadtbibliothek
Lesefest zum Advent, Bilderbuchkino für die Kleinen, Büchertausch.

Vorverkauf: Theaterkasse im Bürgerhaus, Clara-Schumann-Straße 1, Telefon 0561 70 77-30,
Di–Fr 10–18 Uhr, Sa 10–13 Uhr, sowie an allen bekannten Vorverkaufsstellen.
""",
    keep=[
        "Käthe-Kollwitz-Kulturpreises",
        "Alexander-von-Humboldt-Saal",
        "Goethe-Haus",
        "Clara-Schumann-Straße 1",
        "Nikolausmarkt",
    ],
)

C.clean(
    "job_ad",
    """
Stellenausschreibung Nr. 2026/147

Die Stadt sucht für den Fachbereich Bürgerservice zum nächstmöglichen Zeitpunkt

Sachbearbeiter*innen Bürgeramt (m/w/d)
Entgeltgruppe 8 TVöD, Vollzeit (39 Std./Woche), Teilzeit möglich, unbefristet

Ihre Aufgaben:
– Bearbeitung von An-, Um- und Abmeldungen nach dem Bundesmeldegesetz
– Antragsaufnahme für Personalausweise, Reisepässe und Führungszeugnisse
– Ausstellung von Bewohnerparkausweisen und Beglaubigungen
– Auskünfte am Bürgertelefon und im Chat

Ihr Profil:
– abgeschlossene Ausbildung zur/zum Verwaltungsfachangestellten oder Angestelltenlehrgang I
– alternativ eine dreijährige kaufmännische Ausbildung mit Erfahrung im Kundenservice
– sicherer Umgang mit MS Office und Fachverfahren (z. B. VOIS|MESO)
– Bereitschaft zum Dienst an einem Samstagvormittag im Monat

Wir bieten:
– Jobticket, betriebliche Altersvorsorge (ZVK), Gleitzeit ohne Kernzeit
– Fortbildungen am Studieninstitut für kommunale Verwaltung
– Arbeitsplatz im neu sanierten Bürgerzentrum am Willy-Brandt-Platz

Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.

Bewerbungen bitte bis 20.12.2026 ausschließlich über das Online-Bewerbungsportal unter Angabe der
Kennziffer 2026/147. Fragen beantwortet das Team Personalgewinnung unter 0231 50-2 44 00 oder
personalgewinnung@stadtverwaltung.example.
""",
    keep=[
        "Entgeltgruppe 8 TVöD",
        "Kennziffer 2026/147",
        "Willy-Brandt-Platz",
        "personalgewinnung@stadtverwaltung.example",
        "VOIS|MESO",
    ],
)

C.clean(
    "statistics_table",
    """
Statistischer Quartalsbericht III/2026 – Tabelle 2.4
Einwohner mit Hauptwohnsitz nach Stadtbezirken und Staatsangehörigkeit, Stand 30.09.2026

Stadtbezirk          Einwohner   darunter    Anteil     Veränd. zum   Zuzüge   Fortzüge
                       gesamt    nichtdt.    nichtdt.   Vorquartal
01 Mitte               41.208      11.884      28,8 %         +312     2.014      1.706
02 Nord                37.915       9.203      24,3 %         +118     1.380      1.262
03 Ost                 29.477       4.118      14,0 %          -47       804        851
04 Süd                 44.630       6.901      15,5 %         +205     1.512      1.307
05 West                33.056       5.487      16,6 %          +66       998        932
06 Bismarckviertel     18.302       3.049      16,7 %          -12       611        623
07 Kaiser-Wilhelm-Koog  6.871         412       6,0 %           +9       140        131
Stadt insgesamt       211.459      41.054      19,4 %         +651     7.459      6.812

Häufigste nichtdeutsche Staatsangehörigkeiten: türkisch (7.210), ukrainisch (5.488), syrisch (4.901),
polnisch (3.377), rumänisch (2.960), italienisch (1.842), griechisch (1.120).

Quelle: Melderegister, Auswertung Amt für Statistik und Wahlen. Abweichungen durch Rundung und
nachträgliche Registerkorrekturen möglich. Rückfragen: statistik@stadtverwaltung.example,
Telefon 0511 168-4 77 00.
""",
    keep=[
        "Tabelle 2.4",
        "211.459",
        "06 Bismarckviertel",
        "Amt für Statistik und Wahlen",
        "statistik@stadtverwaltung.example",
    ],
)

C.clean(
    "it_notice",
    """
IT-Betriebsinformation – Geplante Wartung
Change: CHG-2026-11872 · Priorität: mittel · Status: genehmigt (CAB vom 17.11.2026)

Zeitraum: Samstag, 28.11.2026, 06:00 Uhr bis Sonntag, 29.11.2026, 14:00 Uhr

Betroffene Systeme:
– Fachverfahren Einwohnerwesen (Anwendungsserver ewo-app01/02, 10.20.14.21 und 10.20.14.22)
– Datenbankcluster ORA-EWO (10.20.16.40–10.20.16.43)
– Online-Terminvergabe (termin.stadtverwaltung.example, öffentliche Adresse 193.175.88.14)
– Schnittstelle XMeld zum Rechenzentrum des Zweckverbands (VPN-Gateway 172.16.200.1)

Während der Wartung sind An-, Um- und Abmeldungen sowie die Ausstellung von Melde-
bescheinigungen nicht möglich. Die Online-Terminbuchung zeigt eine Wartungsseite; bereits gebuchte
Termine für Montag, 30.11., bleiben gültig.

Hintergrund: Einspielen des Herstellerupdates 8.4.2, Umstellung der Zertifikate auf das neue
Behörden-PKI (Root-CA V3) und Migration des Reverse Proxy von rp-dmz01 (192.168.50.10) auf rp-dmz03
(192.168.50.12).

Rückfallplan: Snapshot der VMs vor Beginn; Rollback-Entscheidung bis Sonntag 10:00 Uhr.

Ansprechpartner: IT-Servicedesk, Durchwahl 4444 (intern), servicedesk@stadtverwaltung.example,
Ticketportal https://servicedesk.intern.example/. Bitte keine Störungsmeldungen per Telefon während
des Wartungsfensters.
""",
    keep=[
        "CHG-2026-11872",
        "10.20.14.21",
        "193.175.88.14",
        "rp-dmz01 (192.168.50.10)",
        "servicedesk@stadtverwaltung.example",
    ],
)

C.clean(
    "directory",
    """
Behördenwegweiser – Wichtige Anlaufstellen (Stand November 2026)

Bürgeramt Mitte
Rathaus, Erdgeschoss, Marktplatz 1, 04109 Leipzig
Telefon 0341 123-0 (Zentrale) · Behördennummer 115
buergeramt-mitte@stadtverwaltung.example
Mo, Di, Do 8–18 Uhr, Mi und Fr 8–12 Uhr, jeden 1. Samstag 9–12 Uhr

Standesamt
Neues Rathaus, Martin-Luther-Ring 4–6, Zimmer 001–018
Telefon 0341 123-43 00 · standesamt@stadtverwaltung.example
Trauungen auch im Alten Rathaus und in der Villa Ida-Hofmann (nach Vereinbarung)

Ausländerbehörde
Technisches Rathaus, Prager Straße 124, Haus B
Service-Center: 0341 123-55 55 (Mo–Fr 8–12 Uhr) · auslaenderbehoerde@stadtverwaltung.example

Jobcenter
Georg-Schumann-Straße 150, 04159 Leipzig
Servicenummer 0341 9 13 10 70 5

Sozialamt – Grundsicherung und Hilfe zur Pflege
Sozialamt im Stadthaus, Friedrich-Ebert-Straße 19a, 04109 Leipzig
Telefon 0341 123-49 00

Kfz-Zulassung
Bürgeramt Otto-Schill-Straße 2 · Terminbuchung online · Telefon 0341 123-33 33

Gesundheitsamt
Friedrich-Ebert-Straße 19a · Impfberatung Mi 13–17 Uhr · gesundheitsamt@stadtverwaltung.example

Alle Dienststellen sind barrierefrei erreichbar. Gebärdensprachdolmetscher auf Anfrage.
""",
    keep=[
        "Behördennummer 115",
        "Martin-Luther-Ring 4–6",
        "Georg-Schumann-Straße 150",
        "Otto-Schill-Straße 2",
        "Villa Ida-Hofmann",
    ],
)

C.clean(
    "notice",
    """
Öffentliche Bekanntmachung

Aufstellung des Bebauungsplans Nr. 7/118 „Wohnen an der Heinrich-Böll-Straße“
hier: Frühzeitige Beteiligung der Öffentlichkeit gemäß § 3 Abs. 1 BauGB

Der Ausschuss für Stadtentwicklung, Bauen und Verkehr hat in seiner Sitzung am 05.11.2026 die
Aufstellung des Bebauungsplans Nr. 7/118 beschlossen. Das Plangebiet umfasst die Flächen der
ehemaligen Gärtnerei zwischen Heinrich-Böll-Straße im Norden, Elly-Heuss-Knapp-Weg im Osten,
Bahnstrecke im Süden und dem Gelände der Marie-Curie-Grundschule im Westen (Größe ca. 4,6 ha).

Ziel der Planung ist ein Wohnquartier mit etwa 220 Wohneinheiten, davon mindestens 30 % öffentlich
gefördert, einer viergruppigen Kindertagesstätte und einem Quartiersplatz.

Die Planunterlagen liegen vom 30.11.2026 bis einschließlich 08.01.2027 im Stadtplanungsamt,
Technisches Rathaus, Am Neumarkt 3, 3. OG, Flur C, während der Dienststunden öffentlich aus und sind
im Internet auf dem Beteiligungsportal einsehbar. Während dieser Frist kann sich jedermann zu der
Planung äußern, schriftlich, zur Niederschrift oder per E-Mail an bauleitplanung@stadtverwaltung.example.

Eine Bürgerversammlung findet am Dienstag, 08.12.2026, um 18:30 Uhr in der Aula der
Marie-Curie-Grundschule statt.

Der Oberbürgermeister
""",
    keep=[
        "Bebauungsplans Nr. 7/118",
        "Heinrich-Böll-Straße",
        "Elly-Heuss-Knapp-Weg",
        "§ 3 Abs. 1 BauGB",
        "Marie-Curie-Grundschule",
    ],
)

C.clean(
    "blank_form",
    """
Stadt – Bürgeramt                                                   Eingangsstempel

Antrag auf Erteilung einer Übermittlungssperre / Widerspruch gegen Datenübermittlungen
nach dem Bundesmeldegesetz (BMG)

1. Angaben zur Person
   Familienname: ______________________________  Geburtsname: ____________________
   Vornamen: __________________________________  Geburtsdatum: ___.___.______
   Anschrift (Straße, Hausnummer): _____________________________________________
   PLZ, Ort: __________________________________

2. Ich widerspreche der Übermittlung meiner Daten (bitte ankreuzen)
   [ ] an Parteien, Wählergruppen und Träger von Wahlvorschlägen im Zusammenhang mit Wahlen
       und Abstimmungen (§ 50 Abs. 1 BMG)
   [ ] an Mandatsträger, Presse oder Rundfunk bei Alters- und Ehejubiläen (§ 50 Abs. 2 BMG)
   [ ] an Adressbuchverlage (§ 50 Abs. 3 BMG)
   [ ] an öffentlich-rechtliche Religionsgesellschaften, der ich nicht angehöre, für Familienangehörige
       (§ 42 Abs. 3 BMG)
   [ ] an das Bundesamt für das Personalmanagement der Bundeswehr (§ 58c Abs. 1 SG)

3. Der Widerspruch gilt bis auf Widerruf. Er ist gebührenfrei.

_______________________                 ____________________________________
Ort, Datum                              Unterschrift

Hinweis: Eine Auskunftssperre nach § 51 BMG (Gefahr für Leben, Gesundheit oder persönliche
Freiheit) beantragen Sie bitte mit dem gesonderten Vordruck BA-51. Bürgeramt, Schillerstraße 22,
Telefon 0711 216-0, buergeramt@stadtverwaltung.example
""",
    keep=[
        "§ 50 Abs. 1 BMG",
        "§ 58c Abs. 1 SG",
        "Vordruck BA-51",
        "Schillerstraße 22",
        "Adressbuchverlage",
    ],
)

C.clean(
    "menu",
    """
Betriebsrestaurant im Stadthaus – Speiseplan KW 49 (30.11.–04.12.2026)

Montag
  Menü 1: Königsberger Klopse mit Kapernsoße, Salzkartoffeln, Rote Bete     4,20 €
  Menü 2 (vegetarisch): Spaghetti aglio e olio, Rucola                      3,60 €
  Dessert: Birne Helene                                                     1,50 €

Dienstag
  Menü 1: Wiener Schnitzel vom Schwein mit Bratkartoffeln                   4,90 €
  Menü 2 (vegan): Linsen-Dal mit Basmatireis                                3,60 €

Mittwoch
  Menü 1: Strammer Max mit Gewürzgurke                                      3,80 €
  Menü 2: Pizza Margherita oder Pizza Hawaii                                4,10 €
  Dessert: Fürst-Pückler-Schnitte                                           1,60 €

Donnerstag
  Menü 1: Bismarckhering mit Bratkartoffeln und Remoulade                   4,40 €
  Menü 2 (vegetarisch): Kaiserschmarrn mit Zwetschgenröster                 3,90 €

Freitag
  Menü 1: Seelachsfilet Müllerin Art, Petersilienkartoffeln                  4,70 €
  Menü 2: Caesar Salad mit Hähnchenstreifen                                 4,30 €
  Dessert: Pfirsich Melba                                                   1,60 €

Alle Preise für Beschäftigte; Gäste zahlen einen Aufschlag von 1,20 €. Allergene und Zusatzstoffe
siehe Aushang. Ausgabe 11:30–14:00 Uhr. Das Team der Kantine (Catering Bremke & Söhne GmbH)
wünscht guten Appetit!
""",
    keep=[
        "Königsberger Klopse",
        "Fürst-Pückler-Schnitte",
        "Bismarckhering",
        "Pfirsich Melba",
        "Catering Bremke & Söhne GmbH",
    ],
)

C.clean(
    "press_release",
    """
PRESSEMITTEILUNG

Heinrich-Heine-Preis für Zivilcourage: Vorschläge bis 31. Januar möglich

Zum zwölften Mal vergibt die Stadt im Frühjahr 2027 den mit 10.000 Euro dotierten Heinrich-Heine-Preis
für Zivilcourage. Ausgezeichnet werden Initiativen, Vereine und Einzelpersonen, die sich in
besonderer Weise für Demokratie, Menschenrechte und gegen Diskriminierung einsetzen. Der Preis wird
gemeinsam mit der Bürgerstiftung Hansestadt und der Hedwig-Dohm-Stiftung ausgelobt.

Vorschlagsberechtigt sind alle Bürgerinnen und Bürger, Schulen, Vereine und Unternehmen.
Eigenbewerbungen sind ausgeschlossen. Über die Vergabe entscheidet eine siebenköpfige Jury, der
Vertreterinnen und Vertreter des Integrationsrats, des Jugendrats, der Kirchen und der jüdischen
Gemeinde angehören.

Der Preis wird traditionell am 13. Dezember, dem Geburtstag des Namensgebers, im Heine-Saal des
Kulturzentrums Alte Post verliehen. Zuletzt war er an die Initiative „Nachbarn ohne Grenzen“ und an
das Schülerparlament der Bertolt-Brecht-Gesamtschule gegangen.

Vorschläge mit einer kurzen Begründung (max. zwei Seiten) können bis zum 31.01.2027 an das Büro für
Gleichstellung und Vielfalt, Rathausplatz 3, oder per E-Mail an heine-preis@stadtverwaltung.example
gerichtet werden. Das Formular steht auf der Internetseite der Stadt zum Download bereit.

Rückfragen der Presse: Pressestelle, Telefon 0211 89-9 31 31
""",
    keep=[
        "Heinrich-Heine-Preis für Zivilcourage",
        "10.000 Euro",
        "Hedwig-Dohm-Stiftung",
        "Bertolt-Brecht-Gesamtschule",
        "heine-preis@stadtverwaltung.example",
    ],
)

C.clean(
    "email",
    """
Von: Personalrat <personalrat@stadtverwaltung.example>
An: Alle Beschäftigten <verteiler-alle@stadtverwaltung.example>
Datum: 23.11.2026 08:00
Betreff: Einladung zur Personalversammlung am 09.12.2026

Liebe Kolleginnen und Kollegen,

hiermit laden wir Sie herzlich zur ordentlichen Personalversammlung nach § 48 LPVG ein:

Mittwoch, 09.12.2026, 9:00 bis ca. 12:30 Uhr
Stadthalle, Theodor-Heuss-Saal (barrierefreier Zugang über den Eingang Rosa-Luxemburg-Straße)

Tagesordnung:
1. Tätigkeitsbericht des Personalrats
2. Bericht der Verwaltungsführung zur Haushaltslage und zum Stellenplan 2027
3. Dienstvereinbarung mobiles Arbeiten – Stand der Verhandlungen
4. Bericht der Schwerbehindertenvertretung und der Jugend- und Auszubildendenvertretung
5. Verschiedenes

Die Teilnahme gilt als Arbeitszeit. Für Beschäftigte im Schichtdienst (Feuerwehr, Bürgertelefon,
Ordnungsdienst) wird eine Videoübertragung im Intranet angeboten; der Link folgt am Vortag.
Fahrtkosten werden nach dem Landesreisekostengesetz erstattet.

Fragen und Themenwünsche gerne vorab an personalrat@stadtverwaltung.example oder telefonisch unter
der Durchwahl 2700.

Mit kollegialen Grüßen
Ihr Personalrat
""",
    keep=[
        "§ 48 LPVG",
        "Theodor-Heuss-Saal",
        "Rosa-Luxemburg-Straße",
        "Stellenplan 2027",
        "personalrat@stadtverwaltung.example",
    ],
)

C.clean(
    "email",
    """
Von: Bürgerservice <buergerservice@stadtverwaltung.example>
An: newsletter-abonnenten@stadtverwaltung.example
Betreff: Bürgerservice-Newsletter Dezember: neue Öffnungszeiten, Online-Dienste, Feiertage

Guten Tag,

hier die wichtigsten Neuigkeiten aus dem Bürgerservice:

1. Neue Öffnungszeiten ab 04.01.2027
   Die Bürgerbüros Mitte (Rathausmarkt 1) und Süd (Stauffenbergallee 8) öffnen künftig auch
   donnerstags bis 19:00 Uhr. Das Bürgerbüro Nord im Gustav-Heinemann-Haus schließt dafür
   mittwochs bereits um 12:00 Uhr.

2. Online-Dienste
   Meldebescheinigungen, Anwohnerparkausweise und die Anmeldung von Hunden können Sie jetzt
   vollständig online mit der Online-Ausweisfunktion erledigen. Die Gebühren sind online um
   20 % günstiger.

3. Feiertage
   Am 24.12. und 31.12.2026 sind alle Bürgerbüros geschlossen. Das Standesamt beurkundet
   Sterbefälle an diesen Tagen in einem Notdienst von 9–11 Uhr, Telefon 0351 488-0.

4. Abholung von Ausweisdokumenten
   Fertige Dokumente können ohne Termin an der Ausgabetheke im Erdgeschoss abgeholt werden.
   Den Status können Sie unter ausweisstatus.stadtverwaltung.example abfragen.

Sie erhalten diesen Newsletter, weil Sie sich auf unserer Internetseite angemeldet haben.
Abmelden: newsletter-abmelden@stadtverwaltung.example
""",
    keep=[
        "Stauffenbergallee 8",
        "Gustav-Heinemann-Haus",
        "20 % günstiger",
        "Telefon 0351 488-0",
        "newsletter-abmelden@stadtverwaltung.example",
    ],
)

C.clean(
    "minutes",
    """
Niederschrift über die 14. Sitzung des Ausschusses für Umwelt und Klimaschutz
am 12.11.2026, 17:00 Uhr bis 19:10 Uhr, Sitzungssaal 2, Rathaus

Anwesend: 15 von 17 stimmberechtigten Mitgliedern (Beschlussfähigkeit festgestellt),
von der Verwaltung: Beigeordneter für Umwelt, Leitung Umweltamt, Klimaschutzmanagement

TOP 1 – Genehmigung der Niederschrift der 13. Sitzung
Die Niederschrift wird ohne Änderungen genehmigt (einstimmig).

TOP 2 – Kommunaler Wärmeplan, Zwischenbericht (Mitteilungsvorlage 26/0881)
Die Verwaltung berichtet über den Stand der Bestands- und Potenzialanalyse. Für die Gebiete
Bismarckviertel und Kaiser-Friedrich-Ufer werden Wärmenetze als Vorzugslösung geprüft. Aus der
Mitte des Ausschusses wird nach der Einbindung der Abwärme des Werks der Firma Miele gefragt;
die Verwaltung sagt einen Bericht zur nächsten Sitzung zu.

TOP 3 – Baumschutzsatzung, Änderung (Beschlussvorlage 26/0904)
Beschluss: Der Ausschuss empfiehlt dem Rat, die Änderung der Baumschutzsatzung in der Fassung der
Anlage 1 zu beschließen. Abstimmung: 11 Ja, 3 Nein, 1 Enthaltung.

TOP 4 – Antrag der Fraktion zur Entsiegelung von Schulhöfen (Antrag A-26/077)
Der Antrag wird in die Beratung des Haushalts 2027 verwiesen. Die Verwaltung nennt als Pilotstandorte
die Carl-von-Ossietzky-Schule und die Astrid-Lindgren-Grundschule.

TOP 5 – Mitteilungen
Der Klimaaktionstag findet am 25.04.2027 auf dem Stresemannplatz statt.

Für die Richtigkeit: Schriftführung, Geschäftsstelle des Ausschusses
""",
    keep=[
        "Mitteilungsvorlage 26/0881",
        "Beschlussvorlage 26/0904",
        "Antrag A-26/077",
        "Carl-von-Ossietzky-Schule",
        "Astrid-Lindgren-Grundschule",
    ],
)

C.clean(
    "it_notice",
    """
SICHERHEITSWARNUNG des IT-Sicherheitsbeauftragten – bitte sofort lesen

Derzeit erreichen uns vermehrt Phishing-Mails, die angeblich vom „IT-Servicedesk“ stammen. Betreff
z. B. „Ihr Postfach ist voll – Speicher jetzt erweitern“ oder „Neue Richtlinie zur Passwortänderung“.

Merkmale:
– Absenderadressen wie it-support@stadtverwaltung-service.example oder helpdesk@stadtverwalltung.example
  (beachten Sie die Schreibweise!)
– Links auf Seiten wie hxxps://login-stadtverwaltung[.]example-cloud[.]net, die unsere
  Anmeldeseite nachahmen
– die Seiten werden von Servern unter 185.234.72.19 und 45.137.21.88 ausgeliefert; beide Adressen
  sind an der Firewall gesperrt

Was Sie tun sollen:
1. Klicken Sie keine Links an und geben Sie keine Zugangsdaten ein.
2. Leiten Sie die Mail als Anlage an phishing@stadtverwaltung.example weiter und löschen Sie sie.
3. Falls Sie bereits Daten eingegeben haben: sofort Passwort ändern und den Servicedesk unter
   Durchwahl 4444 informieren.

Unser echter Servicedesk schreibt Ihnen nie mit der Bitte um Ihr Passwort. Die echte Anmeldeseite
erreichen Sie ausschließlich über https://portal.intern.example (intern 10.10.1.25).

Sicherheitsvorfall-Nr.: SEC-2026-0217
""",
    keep=[
        "phishing@stadtverwaltung.example",
        "185.234.72.19",
        "45.137.21.88",
        "10.10.1.25",
        "SEC-2026-0217",
    ],
)

C.clean(
    "notice",
    """
Verkehrsinformation des Tiefbauamtes

Vollsperrung der Kaiser-Wilhelm-Straße zwischen Bismarckplatz und Ludwig-Erhard-Allee

Wegen der Erneuerung der Fernwärmeleitung durch die Stadtwerke wird die Kaiser-Wilhelm-Straße
vom 07.12.2026 (6:00 Uhr) bis voraussichtlich 19.03.2027 zwischen Bismarckplatz und
Ludwig-Erhard-Allee für den Fahrzeugverkehr voll gesperrt.

Umleitung: Der Verkehr wird über die Otto-Hahn-Straße, die Lise-Meitner-Straße und die
Ludwig-Erhard-Allee umgeleitet (Umleitungsstrecke U 4). Anlieger der Hausnummern 1–37 können ihre
Grundstücke über die Zufahrt Königin-Luise-Straße erreichen.

Fußgänger und Radfahrer können die Baustelle auf der Nordseite passieren. Die Bushaltestelle
„Kaiser-Wilhelm-Straße“ der Linien 3 und 8 wird in die Otto-Hahn-Straße (vor dem Gebäude der
Handwerkskammer) verlegt.

Die Zufahrt zum Marienhospital und zur Feuerwache 1 ist jederzeit gewährleistet.

Für Rückfragen: Baustellentelefon der Stadtwerke 0800 222 77 00 (Mo–Fr 7–18 Uhr),
baustellen@stadtwerke.example. Aktuelle Informationen unter www.stadtverwaltung.example/baustellen.
""",
    keep=[
        "Kaiser-Wilhelm-Straße",
        "Ludwig-Erhard-Allee",
        "Lise-Meitner-Straße",
        "Umleitungsstrecke U 4",
        "0800 222 77 00",
    ],
)

C.clean(
    "council_paper",
    """
Beantwortung einer Anfrage                                   Drucksache Nr. 26/1011
Anfrage der Fraktion vom 02.11.2026 (Drucksache 26/0978) – Betreuungsplätze für Kinder unter drei Jahren

Frage 1: Wie viele Kinder unter drei Jahren standen zum Stichtag 01.10.2026 auf der Warteliste des
Kita-Navigators?
Antwort: Zum Stichtag waren 1.137 Kinder unter drei Jahren mit einem gewünschten Betreuungsbeginn bis
31.07.2027 vorgemerkt. Davon entfielen 412 auf die Stadtbezirke Mitte und Nord.

Frage 2: Wie viele Plätze werden bis Ende 2027 zusätzlich geschaffen?
Antwort: In Bau bzw. Planung sind 14 Einrichtungen mit insgesamt 486 U3-Plätzen, u. a.
– Kita „Janusz Korczak“ am Ernst-Reuter-Platz (Träger: AWO), 30 Plätze, Eröffnung 03/2027
– Familienzentrum Elisabeth-Selbert-Straße (städtisch), 40 Plätze, Eröffnung 08/2027
– Betriebskita des Klinikums in der Robert-Koch-Straße, 25 Plätze, Eröffnung 10/2027
Hinzu kommen 120 Plätze in der Kindertagespflege.

Frage 3: Wie viele Klagen auf einen Betreuungsplatz sind anhängig?
Antwort: Beim Verwaltungsgericht sind derzeit 23 Verfahren anhängig; in 17 Fällen konnte im Laufe des
Jahres ein Platz angeboten werden, sodass sich die Verfahren erledigt haben.

Frage 4: Welche Kosten entstehen?
Antwort: Die Investitionskosten belaufen sich auf rund 31 Mio. €, davon werden etwa 60 % durch das
Bundesprogramm „Kinderbetreuungsfinanzierung“ und Landesmittel gefördert.

Der Oberbürgermeister
in Vertretung: Beigeordnete für Jugend, Schule und Soziales
""",
    keep=[
        "Drucksache Nr. 26/1011",
        "1.137 Kinder",
        "Ernst-Reuter-Platz",
        "Elisabeth-Selbert-Straße",
        "Kinderbetreuungsfinanzierung",
    ],
)

C.clean(
    "statute",
    """
Gebührensatzung für die städtischen Friedhöfe – Auszug aus dem Gebührentarif (Anlage 1)
Stand: 1. Januar 2027

A. Erwerb und Verlängerung von Nutzungsrechten
1. Wahlgrab für Erdbestattung, je Grabstelle, Nutzungszeit 25 Jahre            1.640,00 €
2. Reihengrab für Erdbestattung, Nutzungszeit 20 Jahre                         1.120,00 €
3. Urnenwahlgrab (bis zu 4 Urnen), Nutzungszeit 20 Jahre                         980,00 €
4. Urnengemeinschaftsanlage „Ruhegarten“ mit Namensplatte                        1.350,00 €
5. Baumbestattung im Friedwaldbereich des Waldfriedhofs, je Urne               1.490,00 €
6. Verlängerung von Nutzungsrechten, je Jahr und Grabstelle                       65,60 €

B. Bestattungsleistungen
1. Öffnen und Schließen eines Erdgrabes (Erwachsene)                              890,00 €
2. Beisetzung einer Urne                                                          215,00 €
3. Benutzung der Trauerhalle (je angefangene Stunde)                              180,00 €

C. Sonstiges
1. Genehmigung eines Grabmals                                                      75,00 €
2. Umschreibung eines Nutzungsrechts                                                38,00 €

Die Friedhöfe: Hauptfriedhof (Eingang Kaiser-Friedrich-Allee), Waldfriedhof Lindenhöhe,
Alter Friedhof an der Schinkelkirche, Friedhof St. Marien (Kirchenverwaltung).
Friedhofsverwaltung: Verwaltungsgebäude am Hauptfriedhof, Telefon 0521 51-34 00,
friedhofsverwaltung@stadtverwaltung.example.
""",
    keep=[
        "1.640,00 €",
        "Urnengemeinschaftsanlage „Ruhegarten“",
        "Kaiser-Friedrich-Allee",
        "Schinkelkirche",
        "Telefon 0521 51-34 00",
    ],
)

C.clean(
    "timetable",
    """
Abfuhrkalender 2027 – Bezirk 4 (Bismarckviertel, Kaiser-Friedrich-Ufer, Am Fuchsberg)

Restabfall (graue Tonne): 14-täglich, montags
  Jan: 04., 18. · Feb: 01., 15. · Mär: 01., 15., 29. · Apr: 12., 26. · Mai: 10., 26.* · Jun: 07., 21.

Bioabfall (braune Tonne): wöchentlich Mai bis Oktober, sonst 14-täglich, donnerstags
  Jan: 07., 21. · Feb: 04., 18. · Mär: 04., 18. · Apr: 01., 15., 29.

Wertstoffe (gelbe Tonne): 14-täglich, mittwochs
  Jan: 13., 27. · Feb: 10., 24. · Mär: 10., 24. · Apr: 07., 21.

Papier (blaue Tonne): 4-wöchentlich, freitags
  Jan: 08. · Feb: 05. · Mär: 05. · Apr: 02.

* Verschiebung wegen Pfingstmontag

Weihnachtsbaumabfuhr: Samstag, 16.01.2027 – Bäume ohne Schmuck bis 7 Uhr an den Straßenrand.
Schadstoffmobil: 20.03.2027, 9–12 Uhr, Parkplatz Robert-Schumann-Halle.
Wertstoffhof Nord, Werner-von-Siemens-Straße 30: Mo–Fr 8–18 Uhr, Sa 8–14 Uhr.

Abfallberatung: 0800 444 55 66 (kostenfrei) · abfallberatung@stadtverwaltung.example
App „Abfall-Info“ mit Erinnerungsfunktion für Android und iOS.
""",
    keep=[
        "Bezirk 4",
        "Weihnachtsbaumabfuhr",
        "Robert-Schumann-Halle",
        "Werner-von-Siemens-Straße 30",
        "0800 444 55 66",
    ],
)

C.clean(
    "event_listing",
    """
Volkshochschule – Programmauswahl Frühjahr 2027

Gesellschaft & Politik
26F-1105  „Wie funktioniert unsere Stadt?“ – Kommunalpolitik verstehen
          Di 19.01.–09.02., 18:30–20:00 Uhr, Hermann-Hesse-Haus, Raum 3, 4 Termine, 24 €
26F-1120  Exkursion: Auf den Spuren der Industriegeschichte – von der Zeche Zollverein zur
          Villa Hügel, Sa 13.03., 9:00–18:00 Uhr, Treffpunkt ZOB, 39 € inkl. Eintritte

Sprachen
26F-3001  Deutsch A1 – Integrationskurs (BAMF), Mo–Fr 8:30–12:45 Uhr, Beginn 11.01.
26F-3410  Türkisch für Anfänger, Mi 18:00–19:30 Uhr, 12 Termine, 96 €
26F-3520  Ukrainisch im Alltag, Do 17:30–19:00 Uhr, 10 Termine, 80 €

Gesundheit
26F-5203  Rückenfit nach Pilates, Mo 18:00 Uhr, Turnhalle Anne-Frank-Schule, 10 Termine, 65 €
26F-5310  Kochen wie in Vietnam, Fr 18:00–21:30 Uhr, Lehrküche Pestalozzistraße 12, 28 € zzgl. Umlage

Beruf & EDV
26F-7004  Xpert Business Finanzbuchhaltung 1, Sa 9–15 Uhr, 6 Termine, 290 €

Anmeldung: online, persönlich im Servicebüro (Hermann-Hesse-Haus, Goethestraße 2) oder unter
Telefon 0209 169-24 50. Ermäßigung 50 % mit Sozialpass. anmeldung@vhs.stadtverwaltung.example
""",
    keep=[
        "Hermann-Hesse-Haus, Raum 3",
        "Villa Hügel",
        "Turnhalle Anne-Frank-Schule",
        "Pestalozzistraße 12",
        "anmeldung@vhs.stadtverwaltung.example",
    ],
)

C.clean(
    "press_release",
    """
PRESSEMITTEILUNG der Wirtschaftsförderung

Gewerbegebiet Am Fuchsberg: Drei Ansiedlungen sichern 640 Arbeitsplätze

Die Entwicklung des Gewerbegebiets Am Fuchsberg kommt voran. Nach der Erweiterung des
Logistikzentrums der Würth-Gruppe im Frühjahr haben nun drei weitere Unternehmen Grundstücke
erworben:

– Die Kärcher Vertriebs-GmbH errichtet auf 4,2 Hektar ein Service- und Schulungszentrum für
  Reinigungstechnik mit rund 180 Arbeitsplätzen.
– Die Stihl-Tochter für Akkutechnik baut ein Entwicklungszentrum mit Prüfständen (ca. 120
  Arbeitsplätze, Baubeginn Mai 2027).
– Die Bäckereikette Müller & Brot eröffnet eine neue Großbäckerei, die künftig auch die Filialen
  von Rossmann und Fielmann in der Innenstadt mit Snacks für Mitarbeitende beliefert.

Zusammen mit der bereits laufenden Erweiterung des Boehringer-Ingelheim-Labors an der Robert-Bosch-
Straße entstehen so bis 2029 voraussichtlich 640 neue Arbeitsplätze. Die Stadt hat für das Gebiet
einen Anschluss an das Fernwärmenetz und eine Erweiterung der Buslinie 612 zugesagt.

Die Wirtschaftsförderung ist zudem für den Ludwig-Erhard-Preis für Spitzenleistungen im Wettbewerb
nominiert worden; die Preisverleihung findet im Februar in Berlin statt.

Kontakt: Wirtschaftsförderungsgesellschaft mbH, Werner-von-Siemens-Straße 1, Telefon 0711 88 00-0,
ansiedlung@wirtschaftsfoerderung.example. Ansprechpartner für die Presse über die Pressestelle.
""",
    keep=[
        "Kärcher Vertriebs-GmbH",
        "Müller & Brot",
        "Boehringer-Ingelheim-Labors",
        "Ludwig-Erhard-Preis",
        "Werner-von-Siemens-Straße 1",
    ],
)

C.clean(
    "directory",
    """
Verzeichnis der öffentlichen Schulen – Schuljahr 2026/27 (Auszug)

Grundschulen
Astrid-Lindgren-Grundschule       Am Lindenhof 4          Tel. 0201 88-7 31 00   sekretariat.agl@schulen.example
Brüder-Grimm-Schule               Grimmstraße 11          Tel. 0201 88-7 32 00   sekretariat.bgs@schulen.example
Marie-Curie-Grundschule           Heinrich-Böll-Straße 9  Tel. 0201 88-7 33 00   sekretariat.mcg@schulen.example
Sophie-Scholl-Schule (Verbund)    Bismarckstraße 60       Tel. 0201 88-7 34 00   sekretariat.sss@schulen.example

Weiterführende Schulen
Geschwister-Scholl-Gesamtschule   Hans-Böckler-Straße 40  Tel. 0201 88-7 41 00   info@gsg.schulen.example
Carl-von-Ossietzky-Schule (Real)  Kantstraße 25           Tel. 0201 88-7 42 00   info@cvo.schulen.example
Annette-von-Droste-Hülshoff-Gymnasium
                                  Domplatz 3              Tel. 0201 88-7 43 00   info@adh.schulen.example
Robert-Koch-Gymnasium             Robert-Koch-Straße 15   Tel. 0201 88-7 44 00   info@rkg.schulen.example

Berufskolleg
Friedrich-List-Berufskolleg (Wirtschaft und Verwaltung)
                                  Willy-Brandt-Ring 70    Tel. 0201 88-7 51 00   verwaltung@flbk.schulen.example

Förderschule
Helen-Keller-Schule (Förderschwerpunkt Sehen)
                                  Am Fuchsberg 2          Tel. 0201 88-7 61 00   info@hks.schulen.example

Schulverwaltungsamt, Rathaus Zimmer 214, schulverwaltung@stadtverwaltung.example
""",
    keep=[
        "Brüder-Grimm-Schule",
        "Helen-Keller-Schule",
        "Friedrich-List-Berufskolleg",
        "Tel. 0201 88-7 44 00",
        "info@rkg.schulen.example",
    ],
)

C.clean(
    "ocr_scan",
    """
[OCR – Aushang_Schaukasten_Rathaus.jpg, automatisch erkannt]

B E K A N N T M A C H U N G

Sitzung des Bezirksbeirats Süd
am Dienstag, den l5.12.2026, um l8:OO Uhr
im Gemeinschaftshaus „Alte Schu1e“, Wilhe1m-Busch-Straße 4

T a g e s o r d n u n g
öffentlicher Teil
1. Einwohnerfragestunde
2. Neugestaltung des Spielplatzes Theodor-Fontane-Park
   (Vorlage BBR-S 26/O41)
3. Verkehrsberuhigung in der Max-Eyth-Straße – Bericht der Verwaltung
4. Vergabe von Verfügungsmitteln des Bezirks 2O27
5. Verschiedenes

nichtöffent1icher Teil
6. Grundstücksangelegenheiten

Die Unterlagen können im Bürgerbüro Süd, Stauffenbergal1ee 8, eingesehen werden.
Der Bezirksvorsteher

(Aushang vom O1.12.2O26 bis l5.12.2O26)
""",
    keep=[
        "Bezirksbeirats Süd",
        "Wilhe1m-Busch-Straße 4",
        "Theodor-Fontane-Park",
        "Max-Eyth-Straße",
        "Vorlage BBR-S 26/O41",
    ],
)

C.clean(
    "job_ad",
    """
Ausbildung bei der Stadt – starte 2027 mit uns!

Zum 1. August 2027 bieten wir folgende Ausbildungs- und Studienplätze an:

– Verwaltungsfachangestellte/r, Fachrichtung Kommunalverwaltung (18 Plätze)
– Bachelor of Laws – Allgemeine Verwaltung (Duales Studium an der Hochschule für Polizei und
  öffentliche Verwaltung, 12 Plätze)
– Fachinformatiker/in Systemintegration (3 Plätze)
– Gärtner/in, Fachrichtung Garten- und Landschaftsbau (4 Plätze, Einsatz u. a. im Stadtpark
  und im Botanischen Garten am Alexander-von-Humboldt-Platz)
– Notfallsanitäter/in bei der Berufsfeuerwehr (6 Plätze)
– Straßenwärter/in (2 Plätze)

Wir bieten: Ausbildungsvergütung nach TVAöD (1. Jahr 1.293,26 €), 30 Tage Urlaub, Deutschlandticket
als Jobticket, Übernahmegarantie bei gutem Abschluss, Azubi-Projekte wie die Juniorfirma im
Rathaus-Café „Zum Alten Fritz“.

Bewerbungsschluss: 15.01.2027. Bitte bewirb dich online unter karriere.stadtverwaltung.example mit
Anschreiben, Lebenslauf und den letzten beiden Zeugnissen. Infotag für Schülerinnen und Schüler:
Samstag, 12.12.2026, 10–14 Uhr im Ratssaal.

Fragen? Ausbildungsteam: 0761 201-12 34, ausbildung@stadtverwaltung.example, Instagram @stadt.ausbildung
""",
    keep=[
        "TVAöD (1. Jahr 1.293,26 €)",
        "Alexander-von-Humboldt-Platz",
        "„Zum Alten Fritz“",
        "ausbildung@stadtverwaltung.example",
        "15.01.2027",
    ],
)

C.clean(
    "tender",
    """
Öffentliche Ausschreibung nach VOB/A – Bauleistungen

a) Auftraggeber: Stadt, Gebäudemanagement, Abteilung Hochbau, Rathausstraße 5, 99084 Erfurt,
   Telefon 0361 655-0, Fax 0361 655-15 99, hochbau-vergabe@stadtverwaltung.example
b) Vergabeverfahren: Öffentliche Ausschreibung, Vergabe-Nr. GM-HB-2026-078
c) Ort der Ausführung: Robert-Koch-Gymnasium, Robert-Koch-Straße 15, Sporthalle und Trakt C
d) Art und Umfang der Leistung:
   Los 1: Dachsanierung Sporthalle, ca. 1.450 m² Flachdach, Rückbau der Bestandsabdichtung,
          Wärmedämmung PIR 200 mm, Abdichtung zweilagig Bitumen, Attikaverblechung
   Los 2: Fenstererneuerung Trakt C, 86 Fensterelemente Aluminium, Uw ≤ 1,0 W/(m²K),
          inkl. außenliegendem Sonnenschutz
e) Ausführungsfristen: Los 1 vom 29.03. bis 09.07.2027 (Beginn in den Osterferien),
   Los 2 vom 05.07. bis 13.08.2027 (Sommerferien)
f) Nebenangebote: nicht zugelassen
g) Angebotseröffnung: 19.01.2027, 11:00 Uhr (ohne Bieteranwesenheit)
h) Sicherheiten: Vertragserfüllungsbürgschaft 5 %, Mängelansprüche 3 %
i) Eignung: Präqualifikation (PQ-VOB) oder Einheitliche Eidesstattliche Erklärung
j) Auskünfte technischer Art: über die Vergabeplattform, Bereich „Bieterkommunikation“

Die Vergabeunterlagen stehen unter www.vergabe.stadtverwaltung.example kostenfrei zum Download bereit.
""",
    keep=[
        "Vergabe-Nr. GM-HB-2026-078",
        "Robert-Koch-Gymnasium",
        "Uw ≤ 1,0 W/(m²K)",
        "hochbau-vergabe@stadtverwaltung.example",
        "Telefon 0361 655-0",
    ],
)

C.clean(
    "statistics_table",
    """
Kommunalwahl 2026 – Vorläufiges Ergebnis der Wahl zum Stadtrat nach Wahlbezirken (Auszug)

Wahlbezirk                         Wahlber.  Wähler  Beteil.   CDU    SPD  GRÜNE    AfD    FDP  LINKE  Sonst.
0101 Rathaus / Marktplatz             2.418   1.402   58,0 %  24,1   22,8   21,3   10,2    6,4    5,9    9,3
0102 Konrad-Adenauer-Platz            2.977   1.503   50,5 %  22,7   25,1   17,9   14,0    5,2    6,8    8,3
0203 Geschwister-Scholl-Gesamtschule  3.105   1.784   57,5 %  27,3   21,0   16,4   13,8    7,1    4,7    9,7
0204 Bismarckviertel Nord             2.640   1.126   42,7 %  19,8   27,6   11,2   20,5    4,0    8,3    8,6
0305 Kaiser-Friedrich-Ufer            1.988   1.377   69,3 %  31,4   17,2   24,6    6,9    9,8    3,1    7,0
0410 Am Fuchsberg                       845     503   59,5 %  35,6   20,1    9,9   15,5    8,0    2,6    8,3
Briefwahl gesamt                          –  41.877       –   26,0   22,3   18,8   12,1    6,8    5,5    8,5
Stadt insgesamt                     168.304  95.221   56,6 %  25,9   22,4   18,2   12,9    6,7    5,6    8,3

Sitzverteilung (vorläufig, 66 Sitze): CDU 17, SPD 15, GRÜNE 12, AfD 9, FDP 4, LINKE 4, Sonstige 5.

Das endgültige Ergebnis stellt der Wahlausschuss in seiner Sitzung am 24.09.2026 fest.
Wahlamt, Telefon 0511 168-4 12 00, wahlen@stadtverwaltung.example
""",
    keep=[
        "0102 Konrad-Adenauer-Platz",
        "168.304",
        "66 Sitze",
        "Wahlausschuss",
        "wahlen@stadtverwaltung.example",
    ],
)

C.clean(
    "csv",
    """
dienststelle;kurzname;adresse;plz;ort;telefon;fax;email;oeffnungszeiten
Bürgeramt Mitte;BA-M;Marktplatz 1;04109;Leipzig;0341 123-0;0341 123-10 09;buergeramt-mitte@stadtverwaltung.example;Mo-Fr 8-12
Bürgeramt Süd;BA-S;Stauffenbergallee 8;04277;Leipzig;0341 123-20 00;0341 123-20 09;buergeramt-sued@stadtverwaltung.example;Mo,Di,Do 8-18
Standesamt;StA;Martin-Luther-Ring 4-6;04109;Leipzig;0341 123-43 00;;standesamt@stadtverwaltung.example;nach Termin
Ausländerbehörde;ABH;Prager Straße 124;04317;Leipzig;0341 123-55 55;0341 123-55 59;auslaenderbehoerde@stadtverwaltung.example;Mo-Fr 8-12
Sozialamt;SOZ;Friedrich-Ebert-Straße 19a;04109;Leipzig;0341 123-49 00;;sozialamt@stadtverwaltung.example;Di,Do 8-12 13-17
Jugendamt;JA;Naumburger Straße 26;04229;Leipzig;0341 123-46 00;;jugendamt@stadtverwaltung.example;Mo-Fr 8-12
Ordnungsamt;OA;Otto-Schill-Straße 2;04109;Leipzig;0341 123-38 00;0341 123-38 09;ordnungsamt@stadtverwaltung.example;Mo-Fr 8-12
Kfz-Zulassung;KFZ;Otto-Schill-Straße 2;04109;Leipzig;0341 123-33 33;;zulassung@stadtverwaltung.example;nach Termin
Gesundheitsamt;GA;Friedrich-Ebert-Straße 19a;04109;Leipzig;0341 123-68 00;;gesundheitsamt@stadtverwaltung.example;Mo-Fr 8-12
Friedhofsverwaltung;FV;Prager Straße 210;04299;Leipzig;0341 123-60 00;;friedhofsverwaltung@stadtverwaltung.example;Mo-Do 8-15
""",
    keep=[
        "Naumburger Straße 26",
        "0341 123-55 55",
        "ordnungsamt@stadtverwaltung.example",
        "Friedrich-Ebert-Straße 19a",
        "dienststelle;kurzname",
    ],
)

sys.exit(C.main(Path(__file__).with_name("corpus.jsonl"), {"pii": 70, "clean": 30}))
