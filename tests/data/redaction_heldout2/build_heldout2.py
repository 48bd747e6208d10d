"""Build the second held-out German PII redaction corpus (``corpus.jsonl`` next to this file).

    python tests/data/redaction_heldout2/build_heldout2.py

Every document is written out individually below. Personal strings are marked inline as
``[[TYPE:text]]``; the script strips the markup and computes the offsets, so no offset is ever
written by hand. Short aliases may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions of this set:
  - salutations and titles ("Herr", "Frau", "Dr.", "PHK", "Rechtsanwältin") stay outside a
    PERSON span; name particles that belong to the surname ("von", "zu", "al-", "Abu",
    "Freiherr von") are inside it;
  - "Nachname, Vorname" is one PERSON span; nicknames and user handles are PERSON;
  - a name inside an e-mail address is annotated only as part of the EMAIL_ADDRESS;
  - names of natural persons are annotated wherever they occur, also inside the trade name of a
    sole trader ("Malerbetrieb Koch") or of a one-person company; addresses, phone numbers,
    e-mail addresses and register numbers of sole traders count as personal;
  - addresses, switchboards and functional mailboxes of authorities, companies, law firms and
    associations are not personal (many are listed under ``keep``);
  - Steuer-ID, Steuernummer and USt-IdNr. of a natural person are DE_TAX_ID;
  - only dates of birth are personal; letter dates, deadlines, dates of events are not.

Checks: offsets reproduce the span text, spans do not overlap, Steuer-IDs (§ 139b AO, ISO 7064
MOD 11,10 and the digit-repetition rule) and IBANs (ISO 13616 MOD 97) are valid,
Rentenversicherungsnummern carry a valid check digit, ID-card numbers use the ID-card alphabet,
every keep phrase occurs outside all spans, and every further occurrence of an annotated string
(and of every name part of 3+ letters) is annotated as well, unless explicitly allowed.
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
# PII documents
# ---------------------------------------------------------------------------------------------
# 1
pii(
    "formal_letter",
    """
[[P:Katarzyna Wiśniewska-Brandt]]
[[STR:Hattinger Straße 212]]
[[LOC:44795 Bochum]]

Stadt Bochum
Amt für Bürgerservice und Ordnung
Willy-Brandt-Platz 2–6
44777 Bochum

Bochum, 14.01.2026

Antrag auf Bewohnerparkausweis für die Zone B 7

Sehr geehrte Damen und Herren,

seit dem 1. Dezember wohne ich in der [[STR:Hattinger Straße 212]] und beantrage hiermit einen Bewohnerparkausweis für mein Fahrzeug mit dem amtlichen Kennzeichen [[KFZ:BO-KW 3318]]. Die Zulassungsbescheinigung Teil I und meine Meldebescheinigung liegen in Kopie bei. Die Gebühr von 30,70 € für ein Jahr überweise ich nach Erhalt des Bescheids.

Tagsüber bin ich unter [[TEL:0234 / 58 21 947]] erreichbar, mobil unter [[TEL:0176 21984433]].

Mit freundlichen Grüßen

[[P:K. Wiśniewska-Brandt]]
""",
    keep=[
        "Bewohnerparkausweis",
        "Amt für Bürgerservice und Ordnung",
        "Willy-Brandt-Platz 2–6",
        "14.01.2026",
        "30,70 €",
        "Zulassungsbescheinigung Teil I",
    ],
)

# 2
pii(
    "email",
    """
Von: [[P:Kowalczyk, Piotr]] <[[MAIL:piotr.kowalczyk84@web.de]]>
An: steueramt@bochum.de
Datum: Mo, 19.01.2026 08:47
Betreff: Abmeldung Hund – Kassenzeichen [[AZ:5.0871.226394.2]]

Guten Morgen,

unser Hund „Bruno“ ist am 02.01.2026 verstorben. Ich möchte ihn deshalb zum Monatsende von der Hundesteuer abmelden (Kassenzeichen [[AZ:5.0871.226394.2]]). Die Steuermarke werfe ich in den Briefkasten am Rathaus.

Zu viel gezahlte Steuer bitte auf mein Konto [[IBAN:DE65 4405 0199 7732 2328 03]] (Sparkasse Dortmund) erstatten.

Viele Grüße
[[P:Piotr Kowalczyk]]
[[STR:Am Dornbusch 9a]], [[LOC:44803 Bochum]]
""",
    keep=[
        "steueramt@bochum.de",
        "Hundesteuer",
        "19.01.2026 08:47",
        "Sparkasse Dortmund",
        "Briefkasten am Rathaus",
    ],
)

# 3
pii(
    "form",
    """
STADT BOCHUM – BÜRGERBÜRO MITTE
Verlustanzeige Personalausweis / Reisepass

Familienname:            [[P:ÖZTÜRK]]
Vorname(n):              [[P:MEHMET ALİ]]
Geburtsname:             –
Geburtsdatum:            [[DOB:07.11.1979]]
Anschrift:               [[STR:KÖRNERSTR. 41]], [[LOC:44791 BOCHUM]]
Telefon:                 [[TEL:0157 38 44 19 02]]
Verlorenes Dokument:     [x] Personalausweis   [ ] Reisepass
Seriennummer:            [[ID:LH4C09TV1]]
Ausstellende Behörde:    Stadt Bochum
Verlust festgestellt am: 11.01.2026
Ort des Verlusts:        vermutlich Straßenbahn Linie 308

Ich versichere, dass die Angaben richtig sind. Mir ist bekannt, dass die Seriennummer des Ausweises im polizeilichen Sachfahndungsbestand gespeichert wird.

Bochum, 12.01.2026        Unterschrift: [[P:M. A. Öztürk]]

Gebühr vorläufiger Personalausweis: 10,00 EUR
""",
    keep=[
        "Verlustanzeige Personalausweis",
        "BÜRGERBÜRO MITTE",
        "11.01.2026",
        "10,00 EUR",
        "Straßenbahn Linie 308",
        "Sachfahndungsbestand",
    ],
)

# 4
pii(
    "table",
    """
Bürgerwerkstatt „Quartier Hamme 2030“ – Teilnehmendenliste
Termin: Donnerstag, 22.01.2026, 18:00–20:30 Uhr, Stadtteilzentrum Hamme (Amtsstraße 3)

Nr.;Nachname;Vorname;E-Mail;Telefon;Foto-Einwilligung
1;[[P:Nguyen]];[[P:Thi Thu Trang]];[[MAIL:thutrang.nguyen@gmx.de]];[[TEL:0163 4471290]];ja
2;[[P:Wolf]];[[P:Dieter]];;[[TEL:0234 50 39 81]];nein
3;[[P:Kaya]];[[P:Serkan]];[[MAIL:s.kaya@posteo.de]];;ja
4;[[P:Abu Rashed]];[[P:Layla]];[[MAIL:layla.aburashed@gmail.com]];[[TEL:+49 152 29187730]];ja
5;[[P:Schulte-Bockholt]];[[P:Anna-Lena]];;[[TEL:0234-9413827]];ja
6;[[P:Fuchs]];[[P:Monika]];[[MAIL:monika.fuchs1961@t-online.de]];;nein

Moderation und Protokoll: Quartiersmanagement Hamme im Auftrag des Stadtplanungs- und Bauordnungsamts
""",
    keep=[
        "Teilnehmendenliste",
        "22.01.2026, 18:00–20:30 Uhr",
        "Stadtteilzentrum Hamme (Amtsstraße 3)",
        "Stadtplanungs- und Bauordnungsamts",
        "Foto-Einwilligung",
    ],
)

# 5
pii(
    "chat",
    """
[09:12] Bürger-Chat Stadt Bochum: Willkommen beim Chat des Bürgerbüros! Wie können wir helfen?
[09:13] [[P:Basti]]: hi, ich brauch ne meldebescheinigung, bin grad umgezogen
[09:13] Bürger-Chat Stadt Bochum: Gern. Bitte nennen Sie Ihren vollständigen Namen, Ihr Geburtsdatum und Ihre neue Anschrift.
[09:15] [[P:Basti]]: [[P:Sebastian Krämer]], [[DOB:3.8.1996]], [[STR:Wiemelhauser str 114]] in [[LOC:44799 bochum]]
[09:15] [[P:Basti]]: handy [[TEL:0172 9 44 81 06]] falls was is
[09:16] Bürger-Chat Stadt Bochum: Danke, Herr [[P:Krämer]]. Die einfache Meldebescheinigung kostet 7,00 €. Sie können sie im Serviceportal beantragen oder im Bürgerbüro abholen.
[09:17] [[P:Basti]]: ok danke 👍
""",
    keep=["Bürger-Chat Stadt Bochum", "einfache Meldebescheinigung", "7,00 €", "Serviceportal"],
)

# 6
pii(
    "ocr_scan",
    """
--- Seite 1/3 --- [OCR]
Antrag auf Mietzuschuss (Wohnge1d)
Eingangsstempel: Stadt Bochum Amt fur Soziales 0 6. FEB. 2026

1. Antragstellende Person
Name, Vorname: [[P:Kaiser , Renate]]
Geb.-Datum: [[DOB:1 9.O3.1958]]      Familienstand: verwitwet
Anschrift: [[STR:Dorstener Str, 3O7]]   [[LOC:44809 B0chum]]
Te1efon: [[TEL:O234 / 5 3 1 4 8 7]]
IBAN: [[IBAN:DE05 4306 0967 5025 9240 02]]
Kreditinstitut: GLS Gemeinschaftsbank

2. Haushaltsmitglieder: keine
3. Monatl. Gesamtmiete lt. Mietvertrag: 512,4O EUR (davon Heizkosten 98,- EUR)
4. Vermieter: Vonovia SE, Universitätsstraße 133, 44803 Bochum
""",
    keep=[
        "Mietzuschuss",
        "Amt fur Soziales",
        "512,4O EUR",
        "Haushaltsmitglieder: keine",
        "GLS Gemeinschaftsbank",
        "Vonovia SE, Universitätsstraße 133, 44803 Bochum",
    ],
)

# 7
pii(
    "lawyer_letter",
    """
RECHTSANWÄLTE AM STADTPARK
Huestraße 23 · 44787 Bochum · Tel. 0234 68 79 10 · Fax 0234 68 79 129

Bearbeiterin: Rechtsanwältin Dr. [[P:Johanna Lindqvist]]
Durchwahl: [[TEL:0234 68 79 115]]
[[MAIL:j.lindqvist@ra-am-stadtpark.de]]

Stadt Bochum
Rechtsamt
44777 Bochum

Unser Zeichen: [[AZ:0214/26 JL04]]
Ihr Zeichen: 61 22 – [[AZ:BV-2025-3187]]
Bochum, 27. Januar 2026

Widerspruch gegen den Gebührenbescheid vom 05.01.2026

Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn [[P:Georgios Papadopoulos]], wohnhaft [[STR:Karl-Lange-Str. 18]], [[LOC:44791 Bochum]], anwaltlich vertreten. Eine auf uns lautende Vollmacht fügen wir bei.

Namens und im Auftrag unseres Mandanten legen wir gegen den oben genannten Bescheid über Gebühren für die Bauvoranfrage in Höhe von 1.284,00 € Widerspruch ein. Die Begründung erfolgt mit gesondertem Schriftsatz innerhalb von vier Wochen. Herr [[P:Papadopoulos]] bittet, bis dahin von Vollstreckungsmaßnahmen abzusehen.

Wir bitten um Akteneinsicht gemäß § 29 VwVfG NRW und um Übersendung der Verwaltungsvorgänge an unsere Kanzlei.

Mit freundlichen Grüßen

Dr. [[P:Lindqvist]]
Rechtsanwältin
""",
    keep=[
        "Widerspruch gegen den Gebührenbescheid vom 05.01.2026",
        "§ 29 VwVfG NRW",
        "1.284,00 €",
        "27. Januar 2026",
        "Rechtsamt",
        "innerhalb von vier Wochen",
    ],
)

# 8
pii(
    "police_letter",
    """
Polizeipräsidium Bochum
Direktion Verkehr – Verkehrsunfallaufnahme
Uhlandstraße 35, 44791 Bochum

An die Stadt Bochum
Ordnungsamt – Abt. Verkehrsüberwachung

Vorgangsnummer: [[AZ:260114-1422-k71038]]
Datum: 15.01.2026

Verkehrsunfallflucht zum Nachteil der Stadt Bochum; Mitteilung des Halters

Am 14.01.2026 gegen 07:40 Uhr wurde auf dem Parkplatz am Kortumpark ein städtisches Fahrzeug (Kennzeichen BO-SB 1047, Dienstfahrzeug des Grünflächenamts) beschädigt. Der unfallverursachende Pkw, ein grauer VW Touran mit dem amtlichen Kennzeichen [[KFZ:HER-LT 628]], entfernte sich von der Unfallstelle. Halter ist nach Abfrage:

  [[P:Lukas Tomaszewski]], geb. [[DOB:30.05.1991]], [[STR:Bahnhofstraße 128]], [[LOC:44623 Herne]]

Als Zeugin meldete sich Frau [[P:Ingrid Schwarz]] (Tel. [[TEL:0234 79 31 05]]). Sie hat den Fahrer als etwa 30-jährigen Mann mit dunkler Jacke beschrieben. Ob Herr [[P:Tomaszewski]] selbst gefahren ist, steht noch nicht fest.

Für Rückfragen: PHK [[P:Brenner]], erreichbar über die Zentrale 0234 909-0
""",
    keep=[
        "BO-SB 1047",
        "0234 909-0",
        "Uhlandstraße 35, 44791 Bochum",
        "15.01.2026",
        "Ordnungsamt – Abt. Verkehrsüberwachung",
        "14.01.2026 gegen 07:40 Uhr",
    ],
)

# 9
pii(
    "court_letter",
    """
Amtsgericht Bochum
– Betreuungsgericht –
Josef-Neuberger-Straße 1, 44787 Bochum

Geschäftsnummer: [[AZ:9 XVII 412/25 B]]
(bei allen Schreiben bitte angeben)

Stadt Bochum
Betreuungsstelle
44777 Bochum

03.02.2026

Betreuungsverfahren für Herrn [[P:Heinrich Vogel]], geboren am [[DOB:2. Oktober 1941]], wohnhaft Seniorenzentrum Haus am Glockengarten, [[STR:Glockengarten 70]], [[LOC:44803 Bochum]]

Sehr geehrte Damen und Herren,

in vorbezeichneter Sache wird die Betreuungsbehörde gemäß § 279 Abs. 2 FamFG um Stellungnahme gebeten, insbesondere zur Frage eines geeigneten ehrenamtlichen Betreuers. Die Tochter des Betroffenen, Frau [[P:Claudia Vogel-Demir]], Telefon [[TEL:0160 9126645]], hat sich zur Übernahme der Betreuung bereit erklärt. Herr [[P:Vogel]] selbst ist nach Mitteilung der Einrichtung damit einverstanden.

Um Erledigung binnen drei Wochen wird gebeten.

Auf Anordnung
[[P:Kuhn]], Justizbeschäftigte
""",
    keep=[
        "§ 279 Abs. 2 FamFG",
        "Betreuungsstelle",
        "03.02.2026",
        "binnen drei Wochen",
        "Josef-Neuberger-Straße 1, 44787 Bochum",
    ],
)

# 10
pii(
    "jobcenter_letter",
    """
Jobcenter Bochum
Universitätsstraße 66, 44789 Bochum

Jobcenter Bochum · Universitätsstraße 66 · 44789 Bochum
Frau
[[P:Tetiana Kovalenko]]
[[STR:Castroper Hellweg 403]]
[[LOC:44805 Bochum]]

BG-Nummer: [[AZ:36102//0047731]]
Kundennummer: [[AZ:361D228417]]
Ansprechpartnerin: Frau [[P:Schuster]], Team 612
Telefon (Servicecenter): 0234 305-2222
Datum: 21.01.2026

Einladung

Sehr geehrte Frau [[P:Kovalenko]],

bitte kommen Sie am Dienstag, 10.02.2026 um 09:30 Uhr in das Jobcenter Bochum, Zimmer 3.14. Ich möchte mit Ihnen über Ihre aktuelle berufliche Situation und den Berufssprachkurs B2 sprechen.

Bitte bringen Sie folgende Unterlagen mit: Ihren Aufenthaltstitel, Ihren ukrainischen Reisepass (Nr. [[PASS:FE 418273]]) und das Zertifikat Ihres Integrationskurses.

Dies ist eine Einladung nach § 59 Zweites Buch Sozialgesetzbuch (SGB II) in Verbindung mit § 309 Abs. 1 Drittes Buch Sozialgesetzbuch (SGB III).

Mit freundlichen Grüßen
Im Auftrag
[[P:Schuster]]
""",
    keep=[
        "Universitätsstraße 66, 44789 Bochum",
        "0234 305-2222",
        "10.02.2026 um 09:30 Uhr",
        "§ 59 Zweites Buch Sozialgesetzbuch (SGB II)",
        "Berufssprachkurs B2",
        "Zimmer 3.14",
    ],
)

# 11
pii(
    "finanzamt_letter",
    """
Anlage 2 zum Antrag auf Festsetzung des Elternbeitrags (Kita Sonnenblume)
Kind: [[P:Matei Popescu]], geb. [[DOB:2021-06-14]]

Finanzamt Bochum-Mitte
Castroper Straße 40–42, 44791 Bochum

Herrn und Frau
[[P:Andrei]] und [[P:Ioana Popescu]]
[[STR:Königsallee 61]]
[[LOC:44789 Bochum]]

Steuernummer: [[TAX:306/5821/4417]]
Identifikationsnummer Ehemann: [[TAX:68 240 838 191]]
Identifikationsnummer Ehefrau: [[TAX:89 018 832 640]]
Datum: 12.08.2025

Bescheid für 2024 über Einkommensteuer, Solidaritätszuschlag und Kirchensteuer

Festsetzung                      Einkommensteuer   Solidaritätszuschlag   Kirchensteuer
festgesetzt werden                   6.912,00 €              0,00 €               0,00 €
ab Steuerabzug vom Lohn              7.959,00 €              0,00 €               0,00 €
verbleibende Beträge                -1.047,00 €              0,00 €               0,00 €

Summe der Einkünfte: 58.340 €
Zu versteuerndes Einkommen: 49.611 €

Der Erstattungsbetrag von 1.047,00 € wird auf das Konto [[IBAN:DE92 3704 0044 6583 0582 16]] überwiesen.
""",
    keep=[
        "Finanzamt Bochum-Mitte",
        "Einkommensteuer",
        "1.047,00 €",
        "12.08.2025",
        "Summe der Einkünfte: 58.340 €",
        "Castroper Straße 40–42, 44791 Bochum",
    ],
)

# 12
pii(
    "phone_note",
    """
Telefonnotiz – Bauordnungsamt, Sachgebiet 63.2
Datum/Uhrzeit: 28.01.2026, 10:25 Uhr
Anrufer: Herr [[P:Yusuf Abu Shanab]], Rückruf unter [[TEL:0177 / 621 44 09]]
Betreff: Nutzungsänderung Ladenlokal in der Dorstener Straße → Shisha-Bar

Herr [[P:Abu Shanab]] fragt, ob für die geplante Shisha-Bar im Erdgeschoss (Eigentümerin laut Anrufer: Frau [[P:Hildegard Engel]], [[LOC:Witten]]) eine Baugenehmigung erforderlich ist. Ihm wurde erläutert, dass eine Nutzungsänderung nach § 60 BauO NRW genehmigungspflichtig ist und zusätzlich eine Gaststättenerlaubnis zu prüfen ist. Er schickt die Grundrisse per Mail an bauordnung@bochum.de.

Wiedervorlage: 11.02.2026
gez. Ta
""",
    keep=[
        "Nutzungsänderung",
        "§ 60 BauO NRW",
        "bauordnung@bochum.de",
        "11.02.2026",
        "Gaststättenerlaubnis",
        "Sachgebiet 63.2",
    ],
)

# 13
pii(
    "forwarded_email",
    """
Von: Bürgerbüro Wattenscheid <buergerbuero-wat@bochum.de>
Gesendet: Dienstag, 3. Februar 2026 11:02
An: Standesamt Bochum <standesamt@bochum.de>
Betreff: WG: Anmeldung Eheschließung – Unterlagen

Liebe Kolleginnen und Kollegen,

die folgende Mail ist bei uns gelandet, bitte zuständigkeitshalber übernehmen.

Gruß aus Wattenscheid

-------- Ursprüngliche Nachricht --------
Von: "[[P:Francesca Esposito]]" <[[MAIL:fra.esposito@libero.it]]>
Datum: 02.02.2026 22:41
Betreff: Anmeldung Eheschließung – Unterlagen

Buonasera,

mein Verlobter [[P:Jan-Hendrik Bussmann]] und ich möchten im Juni 2026 im Standesamt Bochum heiraten. Ich bin italienische Staatsangehörige, geboren am [[DOB:17/09/1993]], italienischer Reisepass Nr. [[PASS:YB4061927]]. [[P:Jan-Hendrik]] ist am [[DOB:04.12.1990]] geboren und wohnt mit mir zusammen in der [[STR:Alsenstraße 27]], [[LOC:44789 Bochum]].

Welche Dokumente brauche ich aus Italien? Reicht ein Ehefähigkeitszeugnis (nulla osta)?

Sie erreichen mich unter [[TEL:+39 347 218 6604]] oder [[P:Jan]] unter [[TEL:0151 40 27 88 13]].

Grazie mille
[[P:Francesca]]
""",
    keep=[
        "Eheschließung",
        "Ehefähigkeitszeugnis",
        "standesamt@bochum.de",
        "Bürgerbüro Wattenscheid",
        "3. Februar 2026 11:02",
        "buergerbuero-wat@bochum.de",
    ],
)

# 14
pii(
    "email",
    """
Betreff: sperrmüll termin

hallo,
ich hätte gern einen termin für sperrmüll abholung (sofa, 2 matratzen, schrank zerlegt). adresse ist [[STR:Gahlensche str. 201]] bei [[P:hüseyin çelik]], 2. etage hinterhaus, [[LOC:44809 bochum]]. klingel geht nicht, bitte vorher anrufen [[TEL:01525-3318470]]

danke
[[P:h. çelik]]

Von meinem iPhone gesendet
""",
    keep=["sperrmüll termin", "sofa, 2 matratzen, schrank zerlegt", "Von meinem iPhone gesendet"],
)

# 15
pii(
    "form",
    """
Gewerbe-Anmeldung nach § 14 GewO (GewA 1) – Online-Antrag über Wirtschafts-Service-Portal.NRW
Übermittelt: 09.01.2026 16:12

Feld 1  Im Handelsregister eingetragener Name: Elektrotechnik [[P:Wolfgang Brückner]] e.K.
Feld 2  Ort und Nr. des Registereintrags: Amtsgericht Bochum, [[HR:HRA 7352]]
Feld 3  Name: [[P:Brückner]]
Feld 4  Vornamen: [[P:Wolfgang Karl]]
Feld 6  Geburtsdatum: [[DOB:21.06.1968]]
Feld 8  Staatsangehörigkeit: deutsch
Feld 9  Anschrift der Wohnung: [[STR:Auf dem Kalwes 12]], [[LOC:44799 Bochum]]
Feld 10 Telefon: [[TEL:+49 234 709 66-12]]   Telefax: –   E-Mail: [[MAIL:info@elektro-brueckner-bochum.de]]
Feld 15 Betriebsstätte: [[STR:Auf dem Kalwes 12]], [[LOC:44799 Bochum]]
Feld 17 Angemeldete Tätigkeit: Elektroinstallation, Handel mit Elektrozubehör
Feld 19 Beginn der angemeldeten Tätigkeit: 01.02.2026
Feld 26 Zahl der tätigen Personen: 2 Vollzeit

Gebühr: 26,00 €
""",
    keep=[
        "§ 14 GewO",
        "GewA 1",
        "Wirtschafts-Service-Portal.NRW",
        "01.02.2026",
        "26,00 €",
        "Elektroinstallation, Handel mit Elektrozubehör",
    ],
)

# 16
pii(
    "chat",
    """
[Teams] Chat: Ausländerbehörde – Team 3
Mi 04.02.2026
10:14  [[P:Nadine K.]]: hast du die Akte von Herrn [[P:al-Khatib]] schon zurück? Fiktionsbescheinigung läuft am 15.02. ab
10:15  [[P:Marco]]: welcher [[P:al-Khatib]]? wir haben zwei 🙈
10:15  [[P:Nadine K.]]: [[P:Samir al-Khatib]], geb. [[DOB:01.01.1987]], syrischer Pass [[PASS:N013857702]]
10:16  [[P:Marco]]: ah der. liegt bei mir, Termin zur Verlängerung ist am 12.02. um 8:30
10:17  [[P:Nadine K.]]: super danke. er hat heute morgen angerufen, neue Nummer [[TEL:0176 55 81 32 09]]
10:17  [[P:Marco]]: trag ich ein 👍
""",
    keep=["Ausländerbehörde – Team 3", "Fiktionsbescheinigung", "15.02.", "12.02. um 8:30"],
)

# 17
pii(
    "table",
    """
Musikschule Bochum – Honorarkräfte, Auszahlungsliste Januar 2026
Kostenstelle 4410 | Sachkonto 54210000 | erstellt 30.01.2026 | Stundensatz 33,00 €

Nachname, Vorname        Steuer-ID      IBAN                           Std.   Betrag
[[P:Marinković, Ivana]]        [[TAX:96287351609]]    [[IBAN:DE11 7002 0270 7465 9747 07]]    18,0   594,00 €
[[P:Hahn, Thorsten]]           [[TAX:23126472959]]    [[IBAN:DE33 3704 0044 6948 3898 93]]    12,5   412,50 €
[[P:Dang, Minh Chau]]          [[TAX:15846059572]]    [[IBAN:NL42 INGB 7344 8614 77]]          9,0   297,00 €
[[P:Weiß, Friederike]]         [[TAX:59805573265]]    [[IBAN:DE43 3704 0044 5616 5588 58]]    22,0   726,00 €
Summe                                                                  61,5  2.029,50 €

Freigabe: Fachbereichsleitung Musikschule, sachlich und rechnerisch richtig
""",
    keep=[
        "Auszahlungsliste Januar 2026",
        "Kostenstelle 4410",
        "2.029,50 €",
        "30.01.2026",
        "Stundensatz 33,00 €",
        "sachlich und rechnerisch richtig",
    ],
)

# 18
pii(
    "formal_letter",
    """
[[P:Zeynep Aydın-Schäfer]]
[[STR:Markstraße 356]]
[[LOC:44801 Bochum]]
Tel.: [[TEL:(0234) 70 41 86]]
E-Mail: [[MAIL:zeynep.aydin-schaefer@outlook.de]]

Stadt Bochum
Einbürgerungsbehörde
Willy-Brandt-Platz 2–6
44777 Bochum

Bochum, den 2. Februar 2026

Antrag auf Einbürgerung – Nachreichung von Unterlagen
Ihr Aktenzeichen: [[AZ:EB 34-2025/0916]]

Sehr geehrte Frau [[P:Nowicki]],

wie telefonisch besprochen, reiche ich folgende Unterlagen nach:
– Kopie meines türkischen Reisepasses (Nr. [[PASS:U 29418735]], gültig bis 2031)
– Zertifikat Leben in Deutschland vom 14.11.2025
– Verdienstbescheinigungen Oktober bis Dezember 2025
– Versicherungsverlauf der Deutschen Rentenversicherung (Versicherungsnummer [[RV:65 030688 A 518]])

Mein Geburtsdatum ist der [[DOB:03.06.1988]]; in meinem alten Pass war es fälschlich als [[DOB:06.03.1988]] eingetragen. Bitte berücksichtigen Sie das bei der Prüfung.

Die Gebühr von 255 € habe ich bereits am 20.01.2026 überwiesen.

Mit freundlichen Grüßen

[[P:Zeynep Aydın-Schäfer]]
""",
    keep=[
        "Einbürgerungsbehörde",
        "Zertifikat Leben in Deutschland vom 14.11.2025",
        "255 €",
        "2. Februar 2026",
        "20.01.2026",
    ],
)

# 19
pii(
    "email",
    """
Von: [[P:Rania El-Masri]] <[[MAIL:rania.elmasri@gmx.net]]>
An: kita-platz@bochum.de
Gesendet: 26.01.2026, 21:17
Betreff: Kita-Platz für unseren Sohn [[P:Karim]], geb. [[DOB:14.03.2024]]

Sehr geehrte Damen und Herren,

wir suchen ab August 2026 einen U3-Platz (35 Stunden) für unseren Sohn [[P:Karim El-Masri]], geboren am [[DOB:14.03.2024]]. Wir haben ihn im Kita-Navigator angemeldet (Vormerkung Nr. [[AZ:KN-2025-118304]]), aber noch keine Rückmeldung erhalten.

Ich arbeite ab 1. August wieder Vollzeit als Pflegefachkraft im Knappschaftskrankenhaus, mein Mann [[P:Tarek El-Masri]] arbeitet im Schichtdienst bei einer Logistikfirma in Herne. Wir wohnen in Langendreer ([[STR:Unterstraße 58]], [[LOC:44892 Bochum]]), eine Kita in der Nähe wäre toll, wir nehmen aber jeden Platz.

Bitte rufen Sie mich an: [[TEL:0234 / 28 73 19 04]]

Mit freundlichen Grüßen
[[P:Rania El-Masri]]
""",
    keep=[
        "U3-Platz (35 Stunden)",
        "Kita-Navigator",
        "kita-platz@bochum.de",
        "Knappschaftskrankenhaus",
        "ab August 2026",
    ],
)

# 20
pii(
    "ocr_scan",
    """
[Scan | Eingang Bürgerbüro Mitte | OCR-Text, ungeprüft]
Wohnungsgeberbestätigung nach § 19 des Bundesmeldegesetzes (BMG)

Angaben zum Wohnungsgeber
Name: Immobilienverwaltung Ruhrstadt GmbH    Anschrift: Alleestraße 80, 44793 Bochum
[x] Einzug   [ ] Auszug       am: O1.O2.2O26
Anschrift der Wohnung: [[STR:Brückstr. 12]], 3. OG links, [[LOC:44787 Bochum]]

Name der meldepflichtigen Person(en):
1. [[P:Vasyl Melnyk]]       geb. [[DOB:1O.O5.1984]]
2. [[P:Olena Melnyk]]       geb. [[DOB:23.O8.1986]]
3. [[P:Sofiia Melnyk]]      geb. [[DOB:O2.12.2O15]]

Ich bestätige mit meiner Unterschrift den Einzug der oben genannten Person(en) in die bezeichnete Wohnung. Eine Wohnungsgeberbestätigung auszustellen, ohne dass ein Einzug beabsichtigt ist, ist eine Ordnungswidrigkeit (bis 50.OOO EUR).

Ort, Datum: Bochum, 27.01.2026      Unterschrift Wohnungsgeber: i.A. [[P:K. Rohde]]
""",
    keep=[
        "Wohnungsgeberbestätigung",
        "§ 19 des Bundesmeldegesetzes (BMG)",
        "Immobilienverwaltung Ruhrstadt GmbH",
        "27.01.2026",
        "50.OOO EUR",
    ],
)

# 21
pii(
    "court_letter",
    """
Verwaltungsgericht Gelsenkirchen
Bahnhofsvorplatz 3, 45879 Gelsenkirchen

Az.: [[AZ:16 K 2291/25]]
(bitte stets angeben)

In dem verwaltungsgerichtlichen Verfahren

des Herrn Dr. [[P:Maximilian von Hövel]], [[STR:Laerheidestraße 31]], [[LOC:44799 Bochum]],
                                                   Klägers,
Prozessbevollmächtigte: Westfalenkanzlei Rechtsanwälte PartGmbB, Dortmund,

gegen

die Stadt Bochum, vertreten durch den Oberbürgermeister, Willy-Brandt-Platz 2–6, 44777 Bochum,
                                                   Beklagte,

wegen Beseitigungsanordnung (Carport)

wird der Beklagten die Klageschrift vom 19.12.2025 übersandt mit der Gelegenheit zur Klageerwiderung binnen eines Monats. Die Verwaltungsvorgänge sind vollständig vorzulegen. Auf die Anregung des Klägers [[P:von Hövel]], einen Ortstermin durchzuführen, wird hingewiesen.

Der Berichterstatter
Richter am Verwaltungsgericht [[P:Wessels]]

Beglaubigt
[[P:Ostermann]], Justizangestellte als Urkundsbeamtin der Geschäftsstelle
""",
    keep=[
        "Beseitigungsanordnung (Carport)",
        "binnen eines Monats",
        "19.12.2025",
        "Verwaltungsgericht Gelsenkirchen",
        "vertreten durch den Oberbürgermeister",
        "Westfalenkanzlei Rechtsanwälte PartGmbB",
    ],
)

# 22
pii(
    "email",
    """
Von: Malerbetrieb [[P:Koch]] <[[MAIL:info@maler-koch-bochum.de]]>
Gesendet: Freitag, 30. Januar 2026 07:58
An: sondernutzung@bochum.de
Betreff: Antrag Sondernutzungserlaubnis Gerüst

Guten Morgen,

für Fassadenarbeiten beantragen wir eine Sondernutzungserlaubnis für ein Fassadengerüst auf dem Gehweg vor dem Haus [[STR:Rosenstraße 9]], [[LOC:44866 Bochum]] (Eigentümer: Eheleute [[P:Stratmann]]), Länge 14 m, Breite 1,20 m, Zeitraum 02.03.–27.03.2026. Ein Lageplan und die Skizze zum Verkehrszeichenplan hängen an.

Die Gebührenrechnung bitte an uns, nicht an Familie [[P:Stratmann]].

Mit freundlichen Grüßen
[[P:Thomas Koch]]
Malermeister

Malerbetrieb [[P:Thomas Koch]] e.K.
[[STR:Hüller Straße 4]] · [[LOC:44866 Bochum]]
Tel. [[TEL:02327 8 33 41]] · Mobil [[TEL:0171 4 28 90 77]]
USt-IdNr. [[TAX:DE 284 117 309]]
Amtsgericht Bochum [[HR:HRA 6620]]
""",
    keep=[
        "Sondernutzungserlaubnis",
        "Fassadengerüst",
        "Länge 14 m, Breite 1,20 m",
        "02.03.–27.03.2026",
        "sondernutzung@bochum.de",
    ],
)

# 23
pii(
    "phone_note",
    """
Gesprächsvermerk Bürgertelefon (115)
Eingang: 06.02.2026, 17:48 Uhr   Aufgenommen von: Service-Center, Platz 14
Anliegen: Ruhestörung / Lärmbeschwerde (wiederholt)

Anruferin: Frau [[P:Elżbieta Zielińska]], [[STR:Ostring 15]], [[LOC:44787 Bochum]], Tel. [[TEL:0234 96 14 27 30]]
Beschwerde über: Nachbar im 1. OG, lt. Klingelschild „[[P:D. Schwarzkopf]]“, laute Musik fast jede Nacht zwischen 23 und 3 Uhr, zuletzt am 05.02.2026.
Frau [[P:Zielińska]] möchte anonym bleiben; ihr Name soll Herrn [[P:Schwarzkopf]] nicht mitgeteilt werden.

Weiterleitung an: Ordnungsamt, Kommunaler Ordnungsdienst (KOD)
Hinweis an Anruferin: Lärmprotokoll führen (Vordruck auf bochum.de), bei akuter Störung Polizei 110.
""",
    keep=[
        "Kommunaler Ordnungsdienst (KOD)",
        "Lärmprotokoll",
        "Polizei 110",
        "06.02.2026, 17:48 Uhr",
        "Bürgertelefon (115)",
    ],
)

# 24
pii(
    "form",
    """
SEPA-Lastschriftmandat für die Kraftfahrzeugsteuer
(Vordruck der Zulassungsbehörde Bochum, Weiterleitung an das Hauptzollamt)

Zahlungsempfänger: Bundeskasse – Dienstsitz Trier
Gläubiger-Identifikationsnummer: DE98ZZZ09999999999
Mandatsreferenz: wird separat mitgeteilt

Amtliches Kennzeichen:   [[KFZ:BO-MA 707]]
Kontoinhaber/in
  Vorname:               [[P:Luca]]
  Name:                  [[P:Ferrara]]
  Straße, Hausnummer:    [[STR:Wasserstraße 470]]
  PLZ, Ort:              [[LOC:44795 Bochum]]
IBAN:                    [[IBAN:DE58 4305 0001 1976 9265 61]]
BIC:                     WELADED1BOC
Kreditinstitut:          Sparkasse Bochum

Ich ermächtige die Bundeskasse, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.

Ort, Datum: Bochum, 16.01.2026      Unterschrift: [[P:L. Ferrara]]
""",
    keep=[
        "SEPA-Lastschriftmandat",
        "Kraftfahrzeugsteuer",
        "DE98ZZZ09999999999",
        "WELADED1BOC",
        "16.01.2026",
        "Bundeskasse – Dienstsitz Trier",
    ],
)

# 25
pii(
    "chat",
    """
Instagram – Direktnachrichten @stadt.bochum
[[P:lena.sommer_bo]]: Hallo! Ich hab gestern im Bus 353 meinen Geldbeutel verloren 😭 Ist der vielleicht beim Fundbüro abgegeben worden?
stadt.bochum: Hallo! Das tut uns leid. Fundsachen aus Bussen und Bahnen landen zunächst im Fundbüro der BOGESTRA. Was war denn drin?
[[P:lena.sommer_bo]]: Perso (Nummer weiß ich nicht), EC-Karte, Bibliotheksausweis auf den Namen [[P:Lena Sommer]], ca. 40 €
[[P:lena.sommer_bo]]: meine nummer ist [[TEL:0160 93 70 44 12]] falls jemand was findet
stadt.bochum: Danke, [[P:Lena]]! Bitte melde den Verlust des Ausweises auch im Bürgerbüro, damit er gesperrt werden kann. Öffnungszeiten findest du auf bochum.de/buergerbuero.
""",
    keep=[
        "@stadt.bochum",
        "Fundbüro der BOGESTRA",
        "Bus 353",
        "ca. 40 €",
        "bochum.de/buergerbuero",
    ],
)

# 26
pii(
    "lawyer_letter",
    """
VERKEHRSRECHT RUHR – Rechtsanwälte
Kortumstraße 19 · 44787 Bochum · Telefon 0234 33 86 40-0 · kanzlei@verkehrsrecht-ruhr.de

Rechtsanwalt [[P:Tobias Hanke]]
Fachanwalt für Verkehrsrecht

Stadt Bochum
Bußgeldstelle
44777 Bochum

Ihr Aktenzeichen: [[AZ:711.2026.004183.7]]
Unser Zeichen: [[AZ:26/0093 HA]]
Datum: 29.01.2026

Bußgeldverfahren gegen Herrn [[P:Dariusz Lewandowski]]

Sehr geehrte Damen und Herren,

in der Bußgeldsache gegen Herrn [[P:Dariusz Lewandowski]], geb. [[DOB:08.07.1976]], wegen Überschreitung der zulässigen Höchstgeschwindigkeit am 03.12.2025 um 14:17 Uhr auf der Königsallee, Fahrzeug [[KFZ:BO-DL 876]], zeigen wir die Vertretung des Betroffenen an. Vollmacht anbei.

Unser Mandant macht von seinem Schweigerecht Gebrauch. Wir beantragen Akteneinsicht, insbesondere in die Messdatei, die Rohmessdaten, den Eichschein und die Lebensakte des Messgeräts (PoliScan FM1). Bitte senden Sie die Akte an die Kanzlei; Herr [[P:Lewandowski]] ist unter seiner Privatanschrift nicht zu kontaktieren.

Mit freundlichen Grüßen

[[P:Hanke]]
Rechtsanwalt
""",
    keep=[
        "Bußgeldstelle",
        "Schweigerecht",
        "PoliScan FM1",
        "29.01.2026",
        "03.12.2025 um 14:17 Uhr",
        "kanzlei@verkehrsrecht-ruhr.de",
    ],
)

# 27
pii(
    "jobcenter_letter",
    """
Jobcenter Bochum – Leistungsgewährung, Team 421
Universitätsstraße 66, 44789 Bochum

Nummer der Bedarfsgemeinschaft: [[AZ:36102//0093318]]
Datum: 16.02.2026

Bescheid über die Bewilligung von Bürgergeld
für Herrn [[P:Mustafa Demir]] (Kundennummer [[AZ:361D104729]]) und die mit ihm in der Bedarfsgemeinschaft lebenden Personen

Für die Zeit vom 01.03.2026 bis 28.02.2027 werden Leistungen zur Sicherung des Lebensunterhalts in Höhe von monatlich 1.412,37 € bewilligt. Darin enthalten sind Bedarfe für Unterkunft und Heizung nach § 22 SGB II für die Wohnung [[STR:Hofsteder Str. 60]], [[LOC:44809 Bochum]].

Mitglieder der Bedarfsgemeinschaft:
  [[P:Demir, Mustafa]]     * [[DOB:12.09.1982]]
  [[P:Demir, Hatice]]      * [[DOB:30.04.1985]]
  [[P:Demir, Emir]]        * [[DOB:05.11.2012]]
  [[P:Demir, Elif]]        * [[DOB:19.02.2017]]

Zahlungsweg: Überweisung auf das Konto [[IBAN:DE71 4205 0001 9842 8277 88]]

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden.
""",
    keep=[
        "Bürgergeld",
        "1.412,37 €",
        "01.03.2026 bis 28.02.2027",
        "Team 421",
        "§ 22 SGB II",
        "innerhalb eines Monats nach Bekanntgabe",
    ],
)

# 28
pii(
    "finanzamt_letter",
    """
Finanzamt Bochum-Süd
Königsallee 21, 44789 Bochum

Mitteilung an die Gemeinde über den Gewerbesteuermessbescheid 2024
Empfänger: Stadt Bochum, Steueramt – Gewerbesteuer
Datum: 23.01.2026

Steuernummer: [[TAX:350/5093/2210]]
Steuerpflichtiger: Kiosk & Paketshop [[P:Hoang]], Inhaber [[P:Hoang Van Duc]] (Einzelunternehmen)
Betriebsstätte: [[STR:Hattinger Straße 402]], [[LOC:44795 Bochum]]
Wohnanschrift: [[STR:Weitmarer Straße 11]], [[LOC:44795 Bochum]]

Gewerbeertrag (abgerundet)                         35.900 €
Freibetrag nach § 11 Abs. 1 GewStG               − 24.500 €
verbleibender Betrag                               11.400 €
Steuermesszahl 3,5 % = Steuermessbetrag               399 €

Der Steuermessbetrag ist der Festsetzung der Gewerbesteuer durch die Gemeinde zugrunde zu legen.
""",
    keep=[
        "Gewerbesteuermessbescheid 2024",
        "§ 11 Abs. 1 GewStG",
        "24.500 €",
        "399 €",
        "Finanzamt Bochum-Süd",
        "Königsallee 21, 44789 Bochum",
    ],
)

# 29
pii(
    "formal_letter",
    """
[[P:Helmut]] und [[P:Gisela Kaiser]]
[[STR:Am Ehrenmal 3]]
[[LOC:44869 Bochum]]
Telefon [[TEL:02327 / 7 18 24]]

An die
Stadt Bochum
Umwelt- und Grünflächenamt – Friedhofsverwaltung

Bochum, 30. Januar 2026

Verlängerung des Nutzungsrechts an einem Wahlgrab
Kassenzeichen: [[AZ:6.2410.008731.9]]

Sehr geehrte Damen und Herren,

das Nutzungsrecht an der Wahlgrabstätte meiner Eltern [[P:Wilhelm Kaiser]] (* [[DOB:14.05.1925]]) und [[P:Margarete Kaiser]] geb. [[P:Tewes]] (* [[DOB:2. März 1929]]) auf dem Kommunalfriedhof Freigrafendamm läuft laut Ihrem Schreiben am 31.05.2026 ab. Wir möchten es um weitere 25 Jahre verlängern. Bitte schicken Sie uns den Gebührenbescheid über 1.125,00 €.

Außerdem bitten wir um eine Genehmigung für eine neue Grabeinfassung; die Steinmetzarbeiten übernimmt die Firma Grabmale Ruhrstein GmbH.

Mit freundlichen Grüßen

[[P:Helmut Kaiser]]
""",
    keep=[
        "Nutzungsrechts an einem Wahlgrab",
        "Kommunalfriedhof Freigrafendamm",
        "31.05.2026",
        "25 Jahre",
        "1.125,00 €",
        "Grabmale Ruhrstein GmbH",
    ],
)

# 30
pii(
    "web_form",
    """
Kontaktformular bochum.de – automatische Weiterleitung an: Tiefbauamt, Straßenbeleuchtung
Formular-ID: 8812 | Eingang: 07.02.2026 23:14:09 | IP-Adresse: [[IP:91.64.213.187]] | User-Agent: Mozilla/5.0 (Linux; Android 14)

Anrede: Herr
Name: [[P:Kevin Schmitz]]
E-Mail: [[MAIL:kevin.schmitz.bo@gmail.com]]
Telefon (optional):
Anliegen: Straßenbeleuchtung defekt

Nachricht:
Seit zwei Wochen ist die Straßenlaterne vor meinem Haus ([[STR:Im Haarmannsbusch 27]], [[LOC:44797 Bochum]]) aus. Abends ist der Fußweg komplett dunkel, meine Frau ist dort letzte Woche gestolpert. Leuchtennummer 17/204 steht dran.

Datenschutzhinweis akzeptiert: ja
""",
    keep=[
        "Straßenbeleuchtung defekt",
        "Leuchtennummer 17/204",
        "Formular-ID: 8812",
        "Datenschutzhinweis akzeptiert",
        "Mozilla/5.0 (Linux; Android 14)",
    ],
)

# 31
pii(
    "forwarded_email",
    """
---------- Forwarded message ---------
From: Social-Media-Team Stadt Bochum <socialmedia@bochum.de>
Date: Mon, 9 Feb 2026 at 09:31
Subject: Strafanzeige – Bedrohung im Kommentarbereich
To: Rechtsamt <rechtsamt@bochum.de>

Hallo zusammen,

für die Strafanzeige anbei die Daten aus dem Moderations-Log unseres Beteiligungsportals:

Nutzername: [[P:RuhrpottRambo66]] (registriert als [[P:Sven Jablonski]], [[MAIL:sven.jablonski66@gmx.de]])
Kommentar vom 08.02.2026, 21:52 Uhr: „…die vom Bauamt sollte man mal besuchen…“
IP-Adresse laut Log: [[IP:2a02:8109:9c40:1b00:6d3e:f1a2:47c9:e015]]
Vorheriger Login: [[IP:84.59.147.22]] (06.02.2026)

Der Account von [[P:RuhrpottRambo66]] ist gesperrt. Screenshot und vollständiges Log liegen im Teams-Kanal „Moderation 2026“.

Viele Grüße
Social-Media-Team
""",
    keep=[
        "Strafanzeige",
        "socialmedia@bochum.de",
        "rechtsamt@bochum.de",
        "08.02.2026, 21:52 Uhr",
        "Beteiligungsportals",
    ],
)

# 32
pii(
    "form",
    """
Antrag auf Erteilung eines Wohnberechtigungsscheins (WBS) nach § 18 WFNG NRW
Amt für Soziales – Wohnraumförderung

1. Antragsteller/in
   Familienname: [[P:AL-HASHIMI]]         Vorname: [[P:AHMED]]
   Geburtsdatum: [[DOB:1979-02-23]]
   Staatsangehörigkeit: irakisch (Niederlassungserlaubnis)
   Anschrift: [[STR:Wattenscheider Str. 77]], [[LOC:44793 Bochum]]
   Telefon: [[TEL:0234-51 27 39 88]]

2. Haushaltsangehörige
   Ehefrau:  [[P:AL-HASHIMI, NOOR]]     geb. [[DOB:1984-07-02]]
   Sohn:     [[P:AL-HASHIMI, ALI]]      geb. [[DOB:2010-11-30]]
   Tochter:  [[P:AL-HASHIMI, MARYAM]]   geb. [[DOB:2014-05-08]]

3. Gesamteinkommen des Haushalts (brutto, jährlich): 31.480 €
4. Gewünschte Wohnungsgröße: 4 Räume, ca. 90 m²
5. Grund des Antrags: Wohnung zu klein (2 Räume, 54 m²)
""",
    keep=[
        "Wohnberechtigungsscheins (WBS)",
        "§ 18 WFNG NRW",
        "31.480 €",
        "4 Räume, ca. 90 m²",
        "Niederlassungserlaubnis",
        "Amt für Soziales – Wohnraumförderung",
    ],
)

# 33
pii(
    "ocr_scan",
    """
[Scan 2026-02-04 14:22, Anlage zum Antrag, 2 Seiten, OCR]
BUNDESREPUBLIK DEUTSCHLAND  FEDERAL REPUBLIC OF GERMANY
PERSONALAUSWEIS  IDENTITY CARD  CARTE D'IDENTITÉ
[[ID:T7M2KC4L9]]
Name/Surname/Nom
[[P:FUCHS]]
geb./née
[[P:HOLLÄNDER]]
Vornamen/Given names/Prénoms
[[P:KARIN ELISABETH]]
Geburtstag/Date of birth/Date de naissance
[[DOB:14.O2.1957]]
Staatsangehörigkeit/Nationality   DEUTSCH
Gültig bis/Date of expiry   O9.O3.2O31
--- Rückseite ---
Anschrift/Address
[[LOC:44879 BOCHUM]]
[[STR:GRÜNE STR. 8]]
IDD<<[[ID:T7M2KC4L9]]2<<<<<<<<<<<<<<<
[[DOB:570214]]7<3103094D<<<<<<<<<<<<<8
[[P:FUCHS<<KARIN<ELISABETH]]<<<<<<<<
""",
    keep=[
        "PERSONALAUSWEIS  IDENTITY CARD",
        "FEDERAL REPUBLIC OF GERMANY",
        "Staatsangehörigkeit/Nationality",
        "Anlage zum Antrag",
    ],
)

# 34
pii(
    "phone_note",
    """
Aktenvermerk Telefonat – Jugendamt, Unterhaltsvorschusskasse
Az.: [[AZ:UV 51.3-0417/24]]
Datum: 05.02.2026, 14:05–14:20 Uhr

Gesprächspartnerin: Kindesmutter [[P:Jessica Brandt-Okafor]], mobil [[TEL:0152 / 0 28 94 431]]
Kind: [[P:Noah Okafor]], geb. [[DOB:11.10.2019]]
Barunterhaltspflichtiger Elternteil: [[P:Chinedu Okafor]], letzte bekannte Anschrift [[STR:Bramfelder Chaussee 210]], [[LOC:22177 Hamburg]]

Inhalt: Frau [[P:Brandt-Okafor]] teilt mit, dass der Kindsvater seit Dezember nicht mehr erreichbar ist. Sie selbst hat seit 01.01.2026 eine neue Anschrift: [[STR:Herzogstraße 31a]], [[LOC:44807 Bochum]].

Zu veranlassen: Umzug im Fachverfahren nachtragen, Rückgriff gegen Herrn [[P:Okafor]] nach § 7 UVG prüfen, Anfrage an das Einwohnermeldeamt Hamburg.
WV: 05.03.2026
""",
    keep=[
        "Unterhaltsvorschusskasse",
        "§ 7 UVG",
        "05.03.2026",
        "Einwohnermeldeamt Hamburg",
        "05.02.2026, 14:05–14:20 Uhr",
    ],
)

# 35
pii(
    "email",
    """
Von: [[P:Franziska Winter]] <[[MAIL:franzi.winter@icloud.com]]>
An: musikschule@bochum.de
Betreff: Abmeldung Klavierunterricht [[P:Paul]]

Liebe Musikschule,

leider müssen wir unseren Sohn [[P:Paul Winter]] (Klavier bei Frau [[P:Lange]], mittwochs 15:30) zum 31.03.2026 vom Unterricht abmelden. Im Winter hatte er wegen Fußball kaum noch Zeit zum Üben, und jetzt möchte er lieber Schlagzeug lernen 😅 – gibt es dafür eine Warteliste?

Schülernummer laut Gebührenbescheid: [[AZ:MS-20417]]

Liebe Grüße
[[P:Franziska Winter]]
Tel. [[TEL:0176/34 55 20 81]]
""",
    keep=[
        "Klavierunterricht",
        "31.03.2026",
        "Warteliste",
        "mittwochs 15:30",
        "musikschule@bochum.de",
    ],
    allow=("Winter",),
)

# 36
pii(
    "formal_letter",
    """
[[P:Leopold Freiherr von Brenkhausen]]
[[P:Alina Petrović von Brenkhausen]]
[[STR:Kemnader Straße 319]]
[[LOC:44797 Bochum]]

Stadt Bochum
Standesamt
Willy-Brandt-Platz 2–6
44777 Bochum

Bochum, 9. Februar 2026

Erklärung zur Namensführung in der Ehe (§ 1355 BGB)
Eheschließung am 24.01.2026, Heiratseintrag [[AZ:E 214/2026]]

Sehr geehrte Damen und Herren,

bei der Eheschließung haben wir noch keinen Ehenamen bestimmt. Wir erklären hiermit nachträglich, dass wir den Geburtsnamen des Ehemannes „[[P:Freiherr von Brenkhausen]]“ zum Ehenamen bestimmen. Die Ehefrau, geboren am [[DOB:26.11.1994]] als [[P:Alina Petrović]], stellt ihren Geburtsnamen [[P:Petrović]] dem Ehenamen voran. Der Ehemann ist am [[DOB:8. Juli 1990]] geboren.

Die Namensänderung soll in der Heiratsurkunde vermerkt werden; bitte stellen Sie uns zwei neue Heiratsurkunden aus (je 15,00 €, zusammen 30,00 €).

Mit freundlichen Grüßen

[[P:Leopold von Brenkhausen]]          [[P:Alina Petrović von Brenkhausen]]
""",
    keep=["§ 1355 BGB", "Ehenamen", "Heiratsurkunden", "30,00 €", "9. Februar 2026", "24.01.2026"],
)

# 37
pii(
    "table",
    """
Bürgerentscheid am 22.03.2026 – Besetzung des Wahlvorstands
Stimmbezirk 0412 (Wahlraum: Grundschule Laer, Turnhalle)

Funktion          Name                       Geburtsdatum   Telefon              Erfrischungsgeld
Wahlvorsteherin   [[P:Becker, Sabine]]             [[DOB:12.04.1969]]     [[TEL:0234 / 47 11 820]]     60 €
Stellvertreter    [[P:Nguyen, Van Hai]]            [[DOB:23.9.1994]]      [[TEL:0157 81 30 42 67]]     60 €
Schriftführerin   [[P:Dimitriou, Eleni]]           [[DOB:1981-01-30]]     —                    50 €
Beisitzer         [[P:Krause, Bernd]]              [[DOB:07/03/1958]]     [[TEL:0234 59 32 01]]        50 €
Beisitzerin       [[P:Wiśniewska, Agnieszka]]      [[DOB:19. Mai 2001]]    [[TEL:0162 7 29 04 18]]      50 €

Schulung für Wahlvorstände: 10.03.2026, 17:00 Uhr, Ratssaal. Erfrischungsgeld gesamt: 270 €.
""",
    keep=[
        "Bürgerentscheid am 22.03.2026",
        "Stimmbezirk 0412",
        "Erfrischungsgeld gesamt: 270 €",
        "10.03.2026, 17:00 Uhr, Ratssaal",
        "Grundschule Laer, Turnhalle",
    ],
)

# 38
pii(
    "ocr_scan",
    """
[[P:Hans-Jürgen Kuhlmann]]                    Bochum, 1O.2.2O26
[[STR:Im Lohkamp 5]]
[[LOC:4489l Bochum]]
Tel [[TEL:O234-29 18 44]]

An die Stadt Bochum
Steueramt

Widerspruch gegen Grundbesitzabgabenbescheid 2026
Kassenzeichen [[AZ:4.2213.O98771.6]]

Sehr geehrte Damen u. Herren,
gegen den obigen Bescheid lege ich Widerspruch ein. Die Grundsteuer hat sich gegenüber 2O24 mehr als verdoppelt (von 412,- € auf 936,- €), obwohl sich an meinem Haus nichts geändert hat. Ich bin 78 Jahre alt (geb. [[DOB:3.11.47]]) und lebe nur von meiner Rente. Bitte prüfen Sie den Messbetrag noch einmal mit dem Finanzamt.

Hochachtungsvoll
[[P:H.-J. Kuhlmann]]
""",
    keep=["Grundbesitzabgabenbescheid 2026", "Steueramt", "412,- €", "936,- €", "1O.2.2O26"],
)

# 39
pii(
    "email",
    """
From: [[P:Trần Quốc Bảo]] <[[MAIL:tqbao.hcmut@gmail.com]]>
To: auslaenderbehoerde@bochum.de
Date: 05.02.2026 13:02
Subject: Appointment residence permit – student (RUB)

Dear Sir or Madam,
sehr geehrte Damen und Herren,

I am a master student at Ruhr-Universität Bochum (Matrikelnummer [[AZ:108024417]]) and my visa expires on 28.02.2026. I would like to apply for a residence permit according to § 16b AufenthG.
I tried to book an appointment online, but the booking system says: "Zu viele Anfragen von [[IP:134.147.203.58]] – bitte später erneut versuchen".

My data: [[P:Tran Quoc Bao]], born [[DOB:1999-08-21]], Vietnamese passport no. [[PASS:C4827193]], address: [[STR:Laerholzstraße 80]], Zimmer 512, [[LOC:44801 Bochum]] (student dormitory).
Phone: [[TEL:+49 1590 6274415]]

Thank you very much!
[[P:Bao]]
""",
    keep=[
        "§ 16b AufenthG",
        "Ruhr-Universität Bochum",
        "28.02.2026",
        "auslaenderbehoerde@bochum.de",
        "residence permit",
    ],
)

# 40
pii(
    "chat",
    """
Mängelmelder Bochum – Meldung #2026-004817 (Wilder Müll)
Status: in Bearbeitung

[Bürger*in] [[P:Jo_Beck]] (04.02.2026 07:12): An der Ecke Lothringer Str./Zechenstraße liegen seit Tagen Bauschutt und alte Reifen. Glaube das war der Typ aus der Nr. 14, weißer Transporter, Kennzeichen [[KFZ:BO-RT 5521]].
[USB Bochum] (04.02.2026 09:30): Danke für die Meldung. Die Ablagerung wird bis Freitag beseitigt. Hinweise auf Verursacher geben wir an die Untere Abfallwirtschaftsbehörde weiter.
[Bürger*in] [[P:Jo_Beck]] (04.02.2026 09:41): Danke. Falls ihr Fotos braucht: [[MAIL:johanna.beck@posteo.de]]
""",
    keep=[
        "Mängelmelder Bochum",
        "Wilder Müll",
        "USB Bochum",
        "Untere Abfallwirtschaftsbehörde",
        "bis Freitag",
    ],
)

# 41
pii(
    "formal_letter",
    """
[[P:Aleksandra Nowak-Hoffmann]]
[[STR:Querenburger Höhe 95]]
[[LOC:44801 Bochum]]
Mobil: [[TEL:+49 (0)157 7412 3380]]

Stadt Bochum
Jugendamt – Elterngeldstelle
44777 Bochum

Bochum, 02.02.2026

Antrag auf Elterngeld für [[P:Mia Nowak-Hoffmann]], geb. [[DOB:08.12.2025]]

Sehr geehrte Damen und Herren,

anbei erhalten Sie meinen Antrag auf Elterngeld mit folgenden Angaben:

Antragstellerin: [[P:Aleksandra Nowak-Hoffmann]], geboren am [[DOB:22.09.1992]]
Steuer-Identifikationsnummer: [[TAX:26 179 351 019]]
Rentenversicherungsnummer: [[RV:53 220992 N 129]]
Bankverbindung: [[IBAN:DE04 1203 0000 4476 8430 01]] (DKB)

Ich beantrage Basiselterngeld für den 1. bis 10. Lebensmonat und danach Elterngeld Plus für den 11. bis 14. Lebensmonat. Mein Partner [[P:Jonas Hoffmann]] beantragt die Partnermonate separat.

Die Geburtsurkunde für Elterngeldzwecke und die Gehaltsnachweise der letzten zwölf Monate liegen bei.

Mit freundlichen Grüßen
[[P:A. Nowak-Hoffmann]]
""",
    keep=[
        "Elterngeldstelle",
        "Basiselterngeld",
        "Elterngeld Plus",
        "Geburtsurkunde für Elterngeldzwecke",
        "02.02.2026",
    ],
)

# 42
pii(
    "police_letter",
    """
Polizeipräsidium Bochum
Kriminalkommissariat 33
Uhlandstraße 35, 44791 Bochum

An die Stadt Bochum
Ausländerbehörde

Vorgang: [[AZ:KK33-2026-000381]]
Datum: 09.02.2026

Mitteilung gemäß § 87 Abs. 4 AufenthG über die Einleitung eines Strafverfahrens

Beschuldigter:      [[P:ABDULLAH, Karim Mahmoud]]
Geburtsdatum:       [[DOB:17.07.2000]]
Staatsangehörigkeit: syrisch
Reisepass:          [[PASS:N014427163]]
Wohnanschrift:      Gemeinschaftsunterkunft, [[STR:Wohlfahrtstraße 130]], [[LOC:44799 Bochum]]

Tatvorwurf: Ladendiebstahl (§ 242 StGB)
Tatzeit: 28.01.2026, 16:40 Uhr, Tatort: Drogeriemarkt in der Innenstadt

Herr [[P:Abdullah]] hat sich zur Sache nicht eingelassen. Das Verfahren wird an die Staatsanwaltschaft Bochum abgegeben.

Im Auftrag
KHK'in [[P:Petersen]]
Erreichbar über die Zentrale: 0234 909-0
""",
    keep=[
        "§ 87 Abs. 4 AufenthG",
        "§ 242 StGB",
        "Kriminalkommissariat 33",
        "0234 909-0",
        "28.01.2026, 16:40 Uhr",
        "Staatsanwaltschaft Bochum",
    ],
)

# 43
pii(
    "court_letter",
    """
Amtsgericht Bochum – Vollstreckungsgericht
Josef-Neuberger-Straße 1, 44787 Bochum

Geschäftsnummer: [[AZ:54 M 1187/26]]
Datum: 04.02.2026

Pfändungs- und Überweisungsbeschluss

In der Zwangsvollstreckungssache
der Ruhr-Inkasso GmbH, vertreten durch den Geschäftsführer, Huestraße 9, 44787 Bochum,
                                                                    – Gläubigerin –
gegen
Herrn [[P:Marcel Gerhard Lehmann]], geb. [[DOB:04.04.1988]], [[STR:Dahlhauser Str. 152]], [[LOC:44879 Bochum]],
                                                                    – Schuldner –
Drittschuldnerin: Stadt Bochum, Personal- und Organisationsamt, Willy-Brandt-Platz 2–6, 44777 Bochum
(Personalnummer des Schuldners laut Gläubigerin: [[AZ:0087412]])

wegen einer Hauptforderung von 3.218,44 € nebst Zinsen und Kosten wird die angebliche Forderung des Schuldners gegen die Drittschuldnerin auf Zahlung des gesamten Arbeitseinkommens gepfändet, soweit sie die Pfändungsfreigrenzen nach § 850c ZPO übersteigt. Der Drittschuldnerin wird verboten, an Herrn [[P:Lehmann]] zu zahlen.

[[P:Dombrowski]]
Rechtspflegerin
""",
    keep=[
        "Pfändungs- und Überweisungsbeschluss",
        "Personal- und Organisationsamt",
        "3.218,44 €",
        "§ 850c ZPO",
        "Drittschuldnerin",
        "Ruhr-Inkasso GmbH",
    ],
)

# 44
pii(
    "email",
    """
Von: [[MAIL:juergen.weiss@arcor.de]]
An: stadtbuecherei@bochum.de
Betreff: Mahnung Leseausweis [[AZ:2841 0093 7716]]

Hallo Stadtbücherei,

mein Sohn [[P:Elias Weiß]] (Leseausweis [[AZ:2841 0093 7716]]) hat 3 Bücher überzogen, Mahngebühr 4,50 €. Er lag zwei Wochen im Krankenhaus, ein Attest kann ich schicken. Die Bücher bringt er morgen in einer weißen Stofftasche vorbei. Können Sie die Gebühr erlassen?

Gruß, [[P:Jürgen Weiß]]

Gesendet von Outlook für Android
""",
    keep=[
        "stadtbuecherei@bochum.de",
        "Mahngebühr 4,50 €",
        "Gesendet von Outlook für Android",
        "3 Bücher",
    ],
)

# 45
pii(
    "form",
    """
VHS Bochum – Anmeldung zu einer Veranstaltung
Kursnummer: 261-30417  „Deutsch als Zweitsprache B1 (Abendkurs)“, Beginn 02.03.2026

Anrede: [x] Herr  [ ] Frau  [ ] divers
NAME:                  [[P:BONDARENKO]]
VORNAME:               [[P:OLEKSANDR]]
GEBURTSDATUM:          [[DOB:02.05.1977]]
STRASSE/HAUSNR.:       [[STR:KREYENFELDSTR. 34]]
PLZ/ORT:               [[LOC:44894 BOCHUM]]
TELEFON:               [[TEL:+380 67 415 2290]] / [[TEL:0152 2189 3307]]
E-MAIL:                [[MAIL:o.bondarenko77@ukr.net]]
BAMF-Berechtigung:     [[AZ:26AB0417-1193]]

Entgelt: 0,00 € (Kostenübernahme durch das BAMF)
[x] Ich habe die Allgemeinen Geschäftsbedingungen der VHS Bochum gelesen.
""",
    keep=[
        "Deutsch als Zweitsprache B1 (Abendkurs)",
        "Kursnummer: 261-30417",
        "0,00 €",
        "Kostenübernahme durch das BAMF",
        "02.03.2026",
    ],
)

# 46
pii(
    "forwarded_email",
    """
Hallo Frau [[P:Jankowski]],

können Sie das bitte übernehmen? Betrifft Ihre Baustelle.

Gruß
[[P:S. Lindemann]]
Tiefbauamt, Koordinierung

Am 10.02.2026 um 19:03 schrieb [[P:Wolfgang Kaiser-Mertens]] <[[MAIL:wkm@kaiser-mertens.eu]]>:
> Sehr geehrte Damen und Herren,
>
> seit Beginn der Kanalbauarbeiten in der Eulenbaumstraße ist die Zufahrt zu unserer Garage ([[STR:Eulenbaumstraße 19]]) nicht mehr möglich. Der Pflegedienst kann meine Mutter, Frau [[P:Erna Kaiser]], nicht mehr anfahren.
>
> Bitte rufen Sie mich zurück: [[TEL:0234 / 33 72 19]] oder [[TEL:0170 - 5 11 88 42]].
>
> [[P:W. Kaiser-Mertens]]
""",
    keep=["Kanalbauarbeiten", "Tiefbauamt, Koordinierung", "Pflegedienst", "10.02.2026 um 19:03"],
)

# 47
pii(
    "phone_note",
    """
Rückrufbitte
für: Ausländerbehörde, Sachgebiet EU-Bürger
von: Telefonzentrale (Frau [[P:Ruhnau]])
am: 11.02.2026 08:20

Anrufer: Herr [[P:Dimitrios Georgiou]], geb. [[DOB:12. April 1987]]
Rückruf unter: [[TEL:0049 234 92 71 44 08]]

Anliegen: Herr [[P:Georgiou]] hat ein Schreiben wegen der Passpflicht bekommen. Sein griechischer Reisepass ([[PASS:AN3518274]]) ist abgelaufen, ein neuer ist beim Generalkonsulat Düsseldorf beantragt, der Termin ist aber erst im April. Er fragt, ob er so lange mit seinem griechischen Personalausweis auskommt.
Bitte heute noch zurückrufen, er arbeitet ab 14 Uhr (Schicht).
""",
    keep=[
        "Generalkonsulat Düsseldorf",
        "Passpflicht",
        "ab 14 Uhr",
        "11.02.2026 08:20",
        "Sachgebiet EU-Bürger",
    ],
)

# 48
pii(
    "formal_letter",
    """
[[P:Klaus-Peter Schwarz]]
[[STR:Am Rüsingsberg 22]]
[[LOC:44869 Bochum]]
Tel. [[TEL:02327-91 44 06]]

Stadt Bochum
Amt für Soziales
Feststellung nach dem SGB IX (Schwerbehindertenrecht)
44777 Bochum

Bochum, 28. Januar 2026

Antrag auf Neufeststellung des Grades der Behinderung

Sehr geehrte Damen und Herren,

mit Bescheid vom 14.03.2022 wurde bei mir ein Grad der Behinderung von 40 festgestellt. Mein Gesundheitszustand hat sich seitdem deutlich verschlechtert (Herzoperation im Oktober 2025). Ich beantrage daher die Neufeststellung und zusätzlich das Merkzeichen G.

Meine Daten:
Geburtsdatum: [[DOB:11.02.1965]]
Versicherungsnummer: [[RV:38110265S079]]
Hausärztin: Dr. med. [[P:Ayla Kurt]], Praxis in Weitmar
Behandelnde Klinik: Kardiologie, St. Josef-Hospital Bochum

Die Ärzte entbinde ich hiermit von der Schweigepflicht gegenüber dem Amt für Soziales.

Mit freundlichen Grüßen
[[P:K.-P. Schwarz]]
""",
    keep=[
        "Merkzeichen G",
        "SGB IX",
        "Grad der Behinderung von 40",
        "14.03.2022",
        "St. Josef-Hospital Bochum",
        "28. Januar 2026",
    ],
)

# 49
pii(
    "email",
    """
Von: [[P:Yılmaz, Gökhan]] <[[MAIL:goekhan.yilmaz@t-online.de]]>
Gesendet: Donnerstag, 12. Februar 2026 06:55
An: wohngeld@bochum.de
Betreff: AW: Ihr Wohngeldantrag – fehlende Unterlagen (Az. [[AZ:WG-2025-11873]])

Guten Morgen Herr [[P:Sieberg]],

anbei die fehlenden Unterlagen:
- Lohnabrechnungen November 2025 bis Januar 2026
- Mietbescheinigung, vom Vermieter unterschrieben
- Kontoauszüge der letzten 3 Monate

Die Kontoauszüge meiner Frau [[P:Derya Yılmaz]] schicke ich morgen nach, sie ist bis Freitag auf Montage.

Mit freundlichen Grüßen
[[P:Gökhan Yılmaz]]
[[STR:Von-der-Recke-Str. 23]]
[[LOC:44869 Bochum]]

-----Ursprüngliche Nachricht-----
Von: wohngeld@bochum.de
Gesendet: Mittwoch, 4. Februar 2026 10:12
Betreff: Ihr Wohngeldantrag – fehlende Unterlagen

Sehr geehrter Herr [[P:Yılmaz]], bitte reichen Sie bis zum 20.02.2026 folgende Unterlagen nach: …
""",
    keep=[
        "wohngeld@bochum.de",
        "Mietbescheinigung",
        "bis zum 20.02.2026",
        "Lohnabrechnungen November 2025 bis Januar 2026",
        "Wohngeldantrag",
    ],
)

# 50
pii(
    "table",
    """
Export OWi21 – offene Verwarnungsgelder, Stand 09.02.2026 (Bußgeldstelle, nur für den Dienstgebrauch)
Aktenzeichen;Kennzeichen;Halter;Anschrift;Tatzeit;Betrag
[[AZ:711.2026.001204.3]];[[KFZ:BO-AK 1120]];[[P:Karakaya, Ali]];[[STR:Harpener Hellweg 45]], [[LOC:44805 Bochum]];12.01.2026 08:12;35,00
[[AZ:711.2026.001377.9]];[[KFZ:GE-PM 3401]];[[P:Pawlak, Marta]];[[STR:Overwegstr. 61]], [[LOC:45879 Gelsenkirchen]];13.01.2026 17:55;20,00
[[AZ:711.2026.001402.1]];[[KFZ:E-JS 777E]];[[P:Schneider, Jens]];[[STR:Rüttenscheider Str. 190]], [[LOC:45131 Essen]];14.01.2026 11:03;55,00
[[AZ:711.2026.001519.6]];[[KFZ:DO-EF 59]];[[P:Eilers-Fontane, Ruth]];[[STR:Kaiserstraße 8]], [[LOC:44135 Dortmund]];15.01.2026 09:40;35,00
Summe offene Posten: 145,00 EUR
""",
    keep=[
        "Summe offene Posten: 145,00 EUR",
        "Stand 09.02.2026",
        "OWi21",
        "offene Verwarnungsgelder",
        "nur für den Dienstgebrauch",
    ],
)

# 51
pii(
    "chat",
    """
WhatsApp-Chat exportiert – „Hallenvergabe TV Gerthe“
[12.01.26, 18:02:11] Sportamt Bochum – Hallenvergabe: Guten Abend Herr [[P:Lange]], die Halle der Gesamtschule Gerthe ist ab 01.02. dienstags 19–21 Uhr für Ihren Verein reserviert.
[12.01.26, 18:07:45] [[P:Uwe Lange]] (TV Gerthe 1888): Super, danke! Übungsleiter ist ab Februar [[P:Marek Dąbrowski]], Handy [[TEL:0160 2 27 81 94]].
[12.01.26, 18:08:02] [[P:Uwe Lange]] (TV Gerthe 1888): Den Schlüssel holt [[P:Marek]] am Freitag beim Hausmeister ab. Die lange Liste mit den Geräten schicke ich per Mail.
[12.01.26, 18:10:30] Sportamt Bochum – Hallenvergabe: Alles klar. Bitte noch die Nutzungsvereinbarung unterschrieben zurückschicken.
""",
    keep=[
        "Sportamt Bochum – Hallenvergabe",
        "Nutzungsvereinbarung",
        "dienstags 19–21 Uhr",
        "TV Gerthe 1888",
        "Gesamtschule Gerthe",
    ],
)

# 52
pii(
    "formal_letter",
    """
Familia [[P:Dumitrescu]]
[[STR:Riemker Straße 91]]
[[LOC:44809 Bochum]]
Telefon: [[TEL:+40 744 518 092]] (rumänische Nummer) / [[TEL:0234 61 08 77 24]]

Stadt Bochum
Schulverwaltungsamt
44777 Bochum

Bochum, 19.01.2026

Schulanmeldung für unsere Tochter [[P:Ana-Maria Dumitrescu]]

Sehr geehrte Damen und Herren,

wir sind im Dezember aus Rumänien nach Bochum gezogen und möchten unsere Tochter [[P:Ana-Maria]], geboren am [[DOB:09.08.2019]], zum Schuljahr 2026/27 an einer Grundschule anmelden. Sie spricht Rumänisch und etwas Deutsch. Gibt es eine Schule mit Sprachförderung (Seiteneinsteiger-Klasse) in der Nähe?

Wir haben auch einen Sohn, [[P:Luca Dumitrescu]], geboren am [[DOB:21.11.2012]]; er braucht einen Platz in der Klasse 8.

Mit freundlichen Grüßen
[[P:Mihai Dumitrescu]] und [[P:Cristina Dumitrescu]]
""",
    keep=[
        "Schulverwaltungsamt",
        "Schuljahr 2026/27",
        "Seiteneinsteiger-Klasse",
        "19.01.2026",
        "Klasse 8",
    ],
)

# 53
pii(
    "jobcenter_letter",
    """
Jobcenter Bochum
Team 432 – Leistungen
Universitätsstraße 66, 44789 Bochum

Herrn
[[P:Nikolai Iwanow]]
[[STR:Stahlhauser Str. 27]]
[[LOC:44793 Bochum]]

BG-Nummer: [[AZ:36103//0108842]]
Datum: 06.02.2026

Anhörung nach § 24 Zehntes Buch Sozialgesetzbuch (SGB X)

Sehr geehrter Herr [[P:Iwanow]],

nach den mir vorliegenden Unterlagen haben Sie in der Zeit vom 01.06.2025 bis 30.11.2025 Bürgergeld in Höhe von 2.418,60 € zu Unrecht erhalten. Ihre Ehefrau [[P:Swetlana Iwanowa]] (geb. [[DOB:27.03.1980]]) hat seit dem 01.06.2025 Einkommen aus einer Beschäftigung bei der Reinigungsservice Blitzblank GmbH erzielt, das Sie nicht angegeben haben.

Sie haben Gelegenheit, sich bis zum 27.02.2026 zu diesem Sachverhalt zu äußern.

Mit freundlichen Grüßen
Im Auftrag
[[P:Okonkwo-Beckmann]]
""",
    keep=[
        "§ 24 Zehntes Buch Sozialgesetzbuch (SGB X)",
        "2.418,60 €",
        "bis zum 27.02.2026",
        "Reinigungsservice Blitzblank GmbH",
        "01.06.2025 bis 30.11.2025",
    ],
)

# 54
pii(
    "finanzamt_letter",
    """
Finanzamt Bochum-Mitte
Castroper Straße 40–42, 44791 Bochum

Bescheinigung in Steuersachen
(zur Vorlage bei der Stadt Bochum, Gewerbeamt – Gaststättenerlaubnis)

Steuerpflichtige:     Frau [[P:Fatma Güler-Kaya]], Inhaberin „Café Lale“
Geburtsdatum:         [[DOB:15.03.1979]]
Anschrift:            [[STR:Alleestraße 33]], [[LOC:44793 Bochum]]
Steuernummer:         [[TAX:306/5177/0826]]
Identifikationsnummer: [[TAX:28090735469]]

Die Steuerpflichtige ist ihren steuerlichen Verpflichtungen, insbesondere zur Abgabe von Steuererklärungen und zur Entrichtung der Steuern, bisher nachgekommen. Rückstände bestehen nicht.

Diese Bescheinigung ist bis 31.07.2026 gültig.
Datum: 22.01.2026
""",
    keep=[
        "Bescheinigung in Steuersachen",
        "31.07.2026",
        "Finanzamt Bochum-Mitte",
        "Gaststättenerlaubnis",
        "Rückstände bestehen nicht",
    ],
)

# 55
pii(
    "email",
    """
Von: [[P:Andrea Lohmann-Alić]] <[[MAIL:andrea.la@gmx.de]]>
An: zulassung@bochum.de
Betreff: Wunschkennzeichen [[KFZ:BO-LA 2307]]

hallo zusammen,

ich möchte gern das kennzeichen [[KFZ:BO-LA 2307]] reservieren (initialen meiner tochter + ihr geburtstag am [[DOB:23.07.]] 😊). das auto wird nächste woche zugelassen. geht das auch online? die reservierungsgebühr von 2,60 € zahle ich gern vorab.

lg [[P:Andrea Lohmann-Alić]]
[[TEL:0172/8 41 09 26]]
""",
    keep=[
        "zulassung@bochum.de",
        "Wunschkennzeichen",
        "2,60 €",
        "geht das auch online?",
        "nächste woche",
    ],
)

# 56
pii(
    "ocr_scan",
    """
[OCR – Anlage 4 zum Antrag auf Grundsicherung, Seite 1 von 2]
Deutsche Rentenversicherung Westfa1en
48125 Münster

Herrn
[[P:Karsten Kemper]]
[[STR:Wittener Str. 2O5]]
[[LOC:448O3 Bochum]]

Versicherungsnummer [[RV:12 150379 K 047]]
Datum 18.12.2025

Rentenbescheid
Rente wegen voller Erwerbsminderung

Sehr geehrter Herr [[P:Kemper]],
auf Ihren Antrag vom 02.O5.2025 erhalten Sie von uns Rente wegen vo1ler Erwerbsminderung.
Die Rente beginnt am O1.O7.2O25. Sie ist befristet bis 3O.O6.2O28.
Die monatliche Rente beträgt ab O1.O2.2O26 1.1O4,52 EUR.
Die Rente wird auf das Konto [[IBAN:DE21 4405 0199 6693 6301 51]] überwiesen.
""",
    keep=[
        "Rente wegen voller Erwerbsminderung",
        "48125 Münster",
        "1.1O4,52 EUR",
        "18.12.2025",
        "Rentenbescheid",
    ],
)

# 57
pii(
    "lawyer_letter",
    """
Rechtsanwältin [[P:Meltem Arslan]]
Fachanwältin für Familienrecht
Husemannplatz 3–4 · 44787 Bochum
Tel. 0234 58 44 91-0 · Fax -9 · [[MAIL:arslan@familienrecht-husemannplatz.de]]

Stadt Bochum
Jugendamt – Allgemeiner Sozialer Dienst
44777 Bochum

Ihr Zeichen: [[AZ:51.2-Ro/2025-077]]
Mein Zeichen: [[AZ:MA 118/25]]
12.02.2026

Umgangsregelung [[P:Roth]] ./. [[P:Roth]]

Sehr geehrte Damen und Herren,

ich vertrete Herrn [[P:Benjamin Roth]], [[STR:Schmechtingstraße 40]], [[LOC:44809 Bochum]], den Vater der Kinder [[P:Lina Roth]] (geb. [[DOB:2018-03-05]]) und [[P:Finn Roth]] (geb. [[DOB:2020-10-19]]).

Die Kindesmutter, Frau [[P:Saskia Roth]] geb. [[P:Hellwig]], verweigert seit November 2025 jeden Umgang. Mein Mandant bittet das Jugendamt um Vermittlung nach § 18 Abs. 3 SGB VIII, bevor ein Umgangsverfahren beim Familiengericht eingeleitet wird. Er ist unter [[TEL:0163 / 80 11 42 9]] erreichbar.

Für einen Termin bis Ende Februar wären wir dankbar.

Mit freundlichen Grüßen
[[P:Arslan]]
Rechtsanwältin
""",
    keep=[
        "§ 18 Abs. 3 SGB VIII",
        "Allgemeiner Sozialer Dienst",
        "Familiengericht",
        "12.02.2026",
        "bis Ende Februar",
    ],
)

# 58
pii(
    "court_letter",
    """
Amtsgericht Bochum
Josef-Neuberger-Straße 1, 44787 Bochum

Geschäftsnummer: [[AZ:65 C 318/26]]

An die Stadt Bochum
– Wohnungsnotfallhilfe –
44777 Bochum

Mitteilung nach § 22 Abs. 9 SGB II

Datum: 10.02.2026

In dem Rechtsstreit
Wohnungsgenossenschaft Ruhr-Mitte eG ./. [[P:Nowak, Dorota]] und [[P:Nowak, Tadeusz]]
ist am 02.02.2026 eine Klage auf Räumung von Wohnraum eingegangen, die auf Zahlungsverzug gestützt ist.

Betroffene Wohnung: [[STR:Kirchharpener Straße 12]], 2. OG rechts, [[LOC:44805 Bochum]]
Mieter: [[P:Dorota Nowak]] (geb. [[DOB:13.08.1971]]), [[P:Tadeusz Nowak]] (geb. [[DOB:1.2.1969]])
Höhe der Mietrückstände laut Klage: 3.960,00 € (6 Monatsmieten à 660,00 €)
Termin zur mündlichen Verhandlung: noch nicht bestimmt

Diese Mitteilung dient der Abwendung von Wohnungslosigkeit. Eine Beteiligung am Verfahren ist damit nicht verbunden.

[[P:Hadžić]], Justizbeschäftigte
""",
    keep=[
        "§ 22 Abs. 9 SGB II",
        "Wohnungsnotfallhilfe",
        "3.960,00 €",
        "Wohnungsgenossenschaft Ruhr-Mitte eG",
        "10.02.2026",
    ],
)

# 59
pii(
    "form",
    """
Anmeldung eines Hundes zur Hundesteuer (Stadt Bochum, Steueramt)

Halterin/Halter
  Name, Vorname:   [[P:Sommerfeld-Ilić, Jasmina]]
  geboren am:      [[DOB:30.06.1990]]
  Anschrift:       [[STR:Bergmannstr. 7]], [[LOC:44809 Bochum]]
  Telefon:         [[TEL:0234 – 92 19 38 47]]

Angaben zum Hund
  Rasse:           Labrador-Mix (kein gefährlicher Hund i. S. d. § 3 LHundG NRW)
  Wurftag: 2024-03-18
  gehalten seit:   15.01.2026
  Anzahl Hunde im Haushalt: 1

Steuerermäßigung beantragt: nein
Jahressteuer: 156,00 €
Zahlungsweise: vierteljährlich zum 15.02./15.05./15.08./15.11.

Bochum, 20.01.2026     [[P:J. Sommerfeld-Ilić]]
""",
    keep=[
        "Wurftag: 2024-03-18",
        "Jahressteuer: 156,00 €",
        "§ 3 LHundG NRW",
        "Hundesteuer",
        "15.02./15.05./15.08./15.11.",
    ],
)

# 60
pii(
    "email",
    """
Von: Personalabteilung | Ruhrlogistik Express GmbH <personal@ruhrlogistik-express.de>
An: auslaenderbehoerde@bochum.de
Gesendet: 03.02.2026 14:26
Betreff: Beschäftigung von Herrn [[P:Dawit Tesfaye Abebe]] – Zustimmung nach § 39 AufenthG

Sehr geehrte Damen und Herren,

wir möchten Herrn [[P:Dawit Tesfaye Abebe]] (geb. [[DOB:14.11.1995]], wohnhaft [[STR:Herner Straße 299]], [[LOC:44809 Bochum]]) zum 01.03.2026 als Berufskraftfahrer (Vollzeit, 40 Std./Woche, 2.950 € brutto) einstellen. Das ausgefüllte Formular „Stellenbeschreibung“ der Bundesagentur für Arbeit liegt bei.

Herr [[P:Abebe]] hat die Führerscheinklasse CE und die Grundqualifikation nach dem BKrFQG bereits erworben.

Mit freundlichen Grüßen

[[P:Melanie Großmann]]
Personalreferentin
Ruhrlogistik Express GmbH · Gewerbegebiet Hansastraße 12 · 44866 Bochum
Durchwahl: [[TEL:0234 96 40 70-23]]
""",
    keep=[
        "§ 39 AufenthG",
        "Berufskraftfahrer",
        "personal@ruhrlogistik-express.de",
        "01.03.2026",
        "2.950 € brutto",
        "Stellenbeschreibung",
    ],
)

# 61
pii(
    "formal_letter",
    """
[[P:Svenja Hartmann]]
z. Zt. c/o Frauenhaus (Anschrift wird nicht genannt)
E-Mail: [[MAIL:s.hartmann.neu@mailbox.org]]

Stadt Bochum
Bürgerbüro – Meldewesen
Willy-Brandt-Platz 2–6
44777 Bochum

Bochum, 05.02.2026

Antrag auf Eintragung einer Auskunftssperre nach § 51 Abs. 1 BMG

Sehr geehrte Damen und Herren,

ich beantrage die Eintragung einer Auskunftssperre für meine neue Meldeanschrift [[STR:Am Sattelgut 14]], [[LOC:44879 Bochum]]. Mein früherer Partner, Herr [[P:Dennis Wojcik]], geb. [[DOB:19.10.1987]], zuletzt wohnhaft [[STR:Lütgendortmunder Hellweg 88]], [[LOC:44388 Dortmund]], stellt mir seit Monaten nach.

Zum Nachweis füge ich bei:
– Strafanzeige bei der Polizei Bochum, Vorgangsnummer [[AZ:260101-0834-g22451]]
– Beschluss des Amtsgerichts Bochum nach dem Gewaltschutzgesetz, Az. [[AZ:60 F 17/26]]

Bitte senden Sie Post ausschließlich an meine E-Mail-Adresse. Herr [[P:Wojcik]] darf meine Anschrift auf keinen Fall erfahren.

Mit freundlichen Grüßen
[[P:Svenja Hartmann]]
""",
    keep=[
        "Auskunftssperre",
        "§ 51 Abs. 1 BMG",
        "Bürgerbüro – Meldewesen",
        "05.02.2026",
        "Gewaltschutzgesetz",
    ],
)

# 62
pii(
    "table",
    """
Schülerbeförderung – Erstattung von Fahrkosten, 1. Halbjahr 2025/26 (Schulverwaltungsamt)

Schüler/in              Geb.-Datum   Schule                      Erziehungsberechtigte/r   IBAN                                  Betrag
[[P:Aydın, Emre]]             [[DOB:04.05.2013]]   Gymnasium am Ostring        [[P:Aydın, Serpil]]             [[IBAN:DE79 4306 0967 9668 7331 92]]           187,20 €
[[P:Lewandowska, Zofia]]      [[DOB:18.01.2011]]   Erich Kästner-Schule        [[P:Lewandowski, Tomasz]]       [[IBAN:PL35 7678 3832 0768 9416 4779 8391]]    96,00 €
[[P:Papadakis, Christos]]     [[DOB:27.12.2014]]   Hildegardis-Schule          [[P:Papadaki, Maria]]           [[IBAN:DE98 1203 0000 8001 4244 82]]           187,20 €

Gesamt: 470,40 € – zahlbar bis 31.03.2026 (Sachkonto 54310000)
""",
    keep=[
        "Schulverwaltungsamt",
        "Gesamt: 470,40 €",
        "Erich Kästner-Schule",
        "Gymnasium am Ostring",
        "zahlbar bis 31.03.2026",
    ],
)

# 63
pii(
    "police_letter",
    """
Polizeipräsidium Bochum
Verkehrskommissariat 2
Uhlandstraße 35, 44791 Bochum

Stadt Bochum
Straßenverkehrsamt – Fahrerlaubnisbehörde
44777 Bochum

Tagebuchnummer: [[AZ:VK2-2026-000214]]
Datum: 02.02.2026

Mitteilung nach § 2 Abs. 12 StVG

Am 31.01.2026 um 02:35 Uhr wurde der Führer des Pkw mit dem amtlichen Kennzeichen [[KFZ:BO-TP 1994]] auf der Alleestraße kontrolliert:

[[P:Tim-Ole Petersen]], geb. [[DOB:02.10.1994]]
[[STR:Markstraße 118]], [[LOC:44799 Bochum]]

Die Blutprobe ergab eine BAK von 1,32 Promille. Gegen Herrn [[P:Petersen]] wurde ein Strafverfahren wegen Trunkenheit im Verkehr (§ 316 StGB) eingeleitet; der Führerschein wurde sichergestellt. Wir regen die Prüfung der Eignung zum Führen von Kraftfahrzeugen an.

Im Auftrag
PK [[P:Yıldız]]
""",
    keep=[
        "§ 2 Abs. 12 StVG",
        "1,32 Promille",
        "Fahrerlaubnisbehörde",
        "§ 316 StGB",
        "31.01.2026 um 02:35 Uhr",
    ],
)

# 64
pii(
    "email",
    """
Von: [[P:Олена Шевчук]] <[[MAIL:olena.shevchuk88@ukr.net]]>
An: auslaenderbehoerde@bochum.de
Datum: 09.02.2026 19:44
Betreff: Aufenthaltserlaubnis § 24 – Verlängerung / [[P:Shevchuk Olena]]

Добрий день / Guten Tag,

mein Name ist [[P:Olena Shevchuk]] ([[P:Олена Шевчук]]), geboren [[DOB:04.04.1988]] in der Ukraine. Meine Aufenthaltserlaubnis nach § 24 AufenthG läuft am 04.03.2026 ab. Ich wohne jetzt bei meiner Schwester [[P:Iryna Bondar]], [[STR:Dibergstraße 5]], [[LOC:44789 Bochum]].

Brauche ich einen Termin oder wird die Erlaubnis automatisch verlängert? Mein Reisepass hat die Nummer [[PASS:FT 052917]].

Telefon: [[TEL:+380 50 771 2046]] (Viber/WhatsApp)

Дякую! Vielen Dank!
[[P:Olena]]
""",
    keep=["§ 24 AufenthG", "04.03.2026", "auslaenderbehoerde@bochum.de", "Viber/WhatsApp"],
)

# 65
pii(
    "phone_note",
    """
Telefonnotiz Standesamt – Sterbefallbeurkundung
11.02.2026, 09:10 Uhr, Anruf von Bestattungen Ruhrtal GmbH (Zentrale 0234 77 14 00)

Verstorbene: [[P:Waltraud Grabowski]] geb. [[P:Nolte]]
geboren: [[DOB:29.11.1936]]
verstorben: 09.02.2026 im Augusta-Krankenhaus
letzte Anschrift: [[STR:Wasserstraße 96]], [[LOC:44803 Bochum]]
Familienstand: verwitwet (Ehemann [[P:Herbert Grabowski]] verst. 2019)

Die Bestatterin bringt morgen die Todesbescheinigung und die Heiratsurkunde. Auftraggeber der Bestattung ist der Sohn, [[P:Ralf Grabowski]], Tel. [[TEL:0173 240 17 69]]. Er wünscht 3 Sterbeurkunden (12,00 € + 2 × 6,00 €).
Anzeige vorgelegt innerhalb der Frist nach § 28 PStG: ja.
""",
    keep=[
        "Sterbefallbeurkundung",
        "Bestattungen Ruhrtal GmbH",
        "0234 77 14 00",
        "§ 28 PStG",
        "12,00 € + 2 × 6,00 €",
        "Augusta-Krankenhaus",
    ],
)

# 66
pii(
    "form",
    """
Antrag auf Ausstellung eines Reisepasses (Expressverfahren)
Bürgerbüro Wattenscheid – Antragsnummer wird vom System vergeben

Familienname:        [[P:VON DER LINDEN]]
Geburtsname:         [[P:VON DER LINDEN]]
Vornamen:            [[P:CHARLOTTE MARIE]]
Doktorgrad:          –
Geburtsdatum:        [[DOB:12/04/1987]]
Größe:               172 cm
Augenfarbe:          grün
Anschrift:           [[STR:Lyrenstraße 13]], [[LOC:44866 Bochum]]

Bisheriger Reisepass:       [[PASS:C4JK7N2R1]] (abgelaufen)
Personalausweis:            [[ID:LZ6311T47]]
Telefon für Rückfragen:     [[TEL:0151 / 27 04 66 18]]

Gebühr:             70,00 € + Expresszuschlag 32,00 € = 102,00 €
Abholung:           voraussichtlich in 3 Werktagen
Unterschrift:       [[P:Charlotte von der Linden]]
""",
    keep=[
        "Expressverfahren",
        "102,00 €",
        "Expresszuschlag 32,00 €",
        "Bürgerbüro Wattenscheid",
        "3 Werktagen",
    ],
)

# 67
pii(
    "chat",
    """
Matrix-Raum #kod-leitstelle (intern)
[21:03] [[P:Tobi]]: Abschleppauftrag für die Feuerwehrzufahrt Castroper Str. 190 ist raus, [[KFZ:BO-HK 312]]
[21:04] [[P:Steffi]]: Halterin lt. ZEVIS: [[P:Helga Ostrowski]], [[STR:Von-Waldthausen-Str. 3]], [[LOC:44789 Bochum]]
[21:04] [[P:Steffi]]: Handynummer stand im Auto am Armaturenbrett: [[TEL:0157 / 3 11 48 90 2]], soll ich anrufen?
[21:05] [[P:Tobi]]: ja versuch mal, wenn Frau [[P:Ostrowski]] in 10 min da ist, stornieren wir
[21:12] [[P:Steffi]]: geht keiner ran. Abschleppdienst ist unterwegs, Kosten ca. 180 € + 20 € Verwaltungsgebühr
""",
    keep=[
        "#kod-leitstelle",
        "Abschleppauftrag",
        "Feuerwehrzufahrt",
        "ZEVIS",
        "180 € + 20 € Verwaltungsgebühr",
    ],
)

# 68
pii(
    "formal_letter",
    """
[[P:Papadakis]] Gastro UG (haftungsbeschränkt)
Restaurant „Mykonos“ · Brüderstraße 8 · 44787 Bochum
Amtsgericht Bochum [[HR:HRB 19873]] · Geschäftsführer und alleiniger Gesellschafter: [[P:Nikolaos Papadakis]]
Tel. 0234 61 79 42 · Mobil [[TEL:0176 83 20 51 14]]

Stadt Bochum
Tiefbauamt – Sondernutzungen
44777 Bochum

Bochum, 26.01.2026

Antrag auf Erlaubnis für Außengastronomie 2026

Sehr geehrte Damen und Herren,

wie in den Vorjahren beantrage ich die Sondernutzungserlaubnis für 8 Tische und 32 Stühle auf einer Fläche von 24 m² vor unserem Restaurant, Zeitraum 01.04. bis 31.10.2026. Die Gebühr nach der Sondernutzungssatzung (Zone I, 21,00 € je m² und Saison) in Höhe von 504,00 € bitte wieder per Rechnung.

Mit freundlichen Grüßen

[[P:Nikolaos Papadakis]]
Geschäftsführer
""",
    keep=[
        "Außengastronomie",
        "Tiefbauamt – Sondernutzungen",
        "504,00 €",
        "01.04. bis 31.10.2026",
        "Sondernutzungssatzung",
        "26.01.2026",
    ],
)

# 69
pii(
    "email",
    """
Von: Kulturverein Al-Nour Bochum e.V. <vorstand@alnour-bochum.de>
An: sondernutzung@bochum.de, ordnungsamt@bochum.de
Datum: 10.02.2026 16:03
Betreff: Anzeige einer Veranstaltung – Iftar im Park am 07.03.2026

Sehr geehrte Damen und Herren,

der Kulturverein Al-Nour Bochum e.V. (Vereinsregister Amtsgericht Bochum, VR 4417) plant am Samstag, 07.03.2026, von 17:30 bis 21:30 Uhr ein offenes Fastenbrechen im Stadtpark (Wiese am Bismarckturm) mit ca. 250 Gästen. Es werden Zelte (max. 3 × 6 m) aufgestellt, aber keine Musikanlage.

Verantwortlicher Veranstaltungsleiter ist unser 2. Vorsitzender, Herr [[P:Khaled Abu Zaid]], am Veranstaltungstag erreichbar unter [[TEL:0178 / 66 09 13 52]]. Für den Ordnungsdienst ist Herr [[P:Bilal el-Amrani]] zuständig.

Mit freundlichen Grüßen
Für den Vorstand
[[P:Khaled Abu Zaid]]
""",
    keep=[
        "Kulturverein Al-Nour Bochum e.V.",
        "VR 4417",
        "07.03.2026",
        "Wiese am Bismarckturm",
        "vorstand@alnour-bochum.de",
        "ca. 250 Gästen",
    ],
)

# 70
pii(
    "form",
    """
Antrag auf Erteilung einer Erlaubnis nach § 34a GewO (Bewachungsgewerbe)
Stadt Bochum – Amt für Bürgerservice und Ordnung, Gewerbeangelegenheiten

Antragsteller (natürliche Person)
Name:                    [[P:Stojanović]]
Vorname:                 [[P:Dragan]]
Geburtsdatum:            [[DOB:1985-12-01]]
Staatsangehörigkeit:     deutsch, serbisch
Wohnanschrift:           [[STR:Hordeler Straße 41]], [[LOC:44793 Bochum]]
Personalausweis-Nr.:     [[ID:CF2XR7M41]]
Steuer-ID:               [[TAX:82 409 100 358]]
Telefon / E-Mail:        [[TEL:0234 / 54 90 12 66]] / [[MAIL:dragan.stojanovic@sicherheit-ruhr.de]]

Nachweis der Sachkunde: Sachkundeprüfung nach § 34a Abs. 1a GewO bestanden am 14.10.2025 (IHK Mittleres Ruhrgebiet)
Eintragung im Bewacherregister: wird von der Behörde veranlasst
Gebühr: 400,00 € (Tarifstelle 1.1 des Gebührentarifs)

Ich willige in die Regelabfrage beim Verfassungsschutz ein.
Bochum, 13.02.2026     [[P:D. Stojanović]]
""",
    keep=[
        "§ 34a GewO",
        "Bewachungsgewerbe",
        "IHK Mittleres Ruhrgebiet",
        "400,00 €",
        "Bewacherregister",
        "14.10.2025",
    ],
)


# ---------------------------------------------------------------------------------------------
# PII-free administrative texts
# ---------------------------------------------------------------------------------------------

# c1
clean(
    "council_minutes",
    """
Niederschrift über die 14. Sitzung der Bezirksvertretung Bochum-Mitte
am Dienstag, 27.01.2026, 16:00 Uhr, Sitzungssaal 2, Rathaus, Willy-Brandt-Platz 2–6, 44777 Bochum

Anwesend: 17 von 19 Mitgliedern (SPD 7, CDU 4, GRÜNE 4, FDP 1, DIE LINKE 1); Verwaltung: Bezirksamt Mitte, Tiefbauamt, Amt für Stadtplanung und Wohnen

TOP 3  Umgestaltung des Kaiser-Friedrich-Platzes (Vorlage 20252817)
Die Verwaltung stellt die Entwurfsplanung vor. Die Kosten belaufen sich auf 1,84 Mio. €, davon 60 % Städtebauförderung. Beschluss: einstimmig.

TOP 4  Zuschuss an den Förderverein Stadtteilbibliothek Wiemelhausen e.V. für eine Lesereihe
Beschluss: 2.500,00 € aus bezirksbezogenen Mitteln; 16 Ja-Stimmen, 1 Enthaltung.

TOP 5  Mitteilungen der Verwaltung
Die Baustelle an der Herner Straße (Hausnummern 40 bis 120) wird voraussichtlich bis 30.06.2026 dauern. Fragen der Bürgerinnen und Bürger beantwortet das Bezirksamt Mitte unter 0234 910-0.

Die nächste Sitzung findet am 24.02.2026 statt.
""",
    keep=[
        "Bezirksvertretung Bochum-Mitte",
        "Kaiser-Friedrich-Platzes (Vorlage 20252817)",
        "1,84 Mio. €",
        "2.500,00 €",
        "0234 910-0",
        "Herner Straße (Hausnummern 40 bis 120)",
    ],
)

# c2
clean(
    "opening_hours",
    """
Bürgerbüros der Stadt Bochum – Öffnungszeiten ab 1. März 2026

Bürgerbüro Mitte, Rathaus, Willy-Brandt-Platz 2–6, 44777 Bochum
  Mo, Di, Do   08:00–16:00 Uhr
  Mi           07:00–13:00 Uhr
  Fr           08:00–12:00 Uhr
  jeden 1. Samstag im Monat 09:00–12:00 Uhr (nur mit Termin)

Bürgerbüro Wattenscheid, Rathaus Wattenscheid, Freiheitstraße 1, 44866 Bochum
  Mo–Fr        08:00–12:30 Uhr, Do zusätzlich 14:00–18:00 Uhr

Bürgerbüro Langendreer, Carl-von-Ossietzky-Platz 1, 44892 Bochum
  Di und Do    08:00–12:30 Uhr

Termine: online unter bochum.de/termine oder über die Behördennummer 115 (Mo–Fr 07:00–18:00 Uhr). Zentrale der Stadtverwaltung: 0234 910-0. E-Mail: buergerbuero@bochum.de

Geschlossen: Rosenmontag (16.02.2026), Karfreitag (03.04.2026), Ostermontag (06.04.2026), 1. Mai und Fronleichnam (04.06.2026).
""",
    keep=[
        "Willy-Brandt-Platz 2–6, 44777 Bochum",
        "Carl-von-Ossietzky-Platz 1, 44892 Bochum",
        "Behördennummer 115",
        "0234 910-0",
        "buergerbuero@bochum.de",
        "Karfreitag (03.04.2026)",
    ],
)

# c3
clean(
    "fee_table",
    """
Gebührenübersicht Pass- und Ausweisangelegenheiten (Stand: 01.01.2026)

Leistung                                              Rechtsgrundlage             Gebühr
Personalausweis (ab 24 Jahre)                         § 1 Abs. 1 PAuswGebV        37,00 €
Personalausweis (unter 24 Jahre)                      § 1 Abs. 1 PAuswGebV        22,80 €
vorläufiger Personalausweis                           § 1 Abs. 2 PAuswGebV        10,00 €
Reisepass 32 Seiten (ab 24 Jahre)                     § 15 PassV                  70,00 €
Reisepass 48 Seiten (ab 24 Jahre)                     § 15 PassV                  92,00 €
Expresszuschlag Reisepass                             § 15 PassV                  32,00 €
Kinderreisepass (seit 01.01.2024 nicht mehr erhältlich)  –                           –
eID-Karte für Unionsbürger                            § 1 Abs. 1 PAuswGebV        37,00 €

Zahlung im Bürgerbüro mit girocard oder bar. Gebührenbefreiung nur im Einzelfall nach § 1 Abs. 6 PAuswGebV.
""",
    keep=[
        "§ 15 PassV",
        "37,00 €",
        "Expresszuschlag Reisepass",
        "eID-Karte für Unionsbürger",
        "Stand: 01.01.2026",
        "§ 1 Abs. 6 PAuswGebV",
    ],
)

# c4
clean(
    "statute",
    """
Satzung über die Erhebung der Hundesteuer in der Stadt Bochum (Hundesteuersatzung) vom 15.12.2022 in der Fassung der 2. Änderungssatzung vom 11.12.2025

§ 1 Steuergegenstand
Gegenstand der Steuer ist das Halten von Hunden im Stadtgebiet.

§ 2 Steuerpflichtiger
(1) Steuerpflichtig ist der Hundehalter. Hundehalter ist, wer einen Hund in seinem Haushalt oder seinem Wirtschaftsbetrieb für Zwecke der persönlichen Lebensführung aufgenommen hat.

§ 3 Steuersatz
(1) Die Steuer beträgt jährlich
  a) wenn nur ein Hund gehalten wird: 156,00 €,
  b) wenn zwei Hunde gehalten werden: je Hund 192,00 €,
  c) wenn drei oder mehr Hunde gehalten werden: je Hund 228,00 €.
(2) Für gefährliche Hunde im Sinne des § 3 Abs. 1 und 2 LHundG NRW beträgt die Steuer 816,00 € je Hund.

§ 12 Inkrafttreten
Diese Satzung tritt am 01.01.2026 in Kraft.
""",
    keep=[
        "Hundesteuersatzung",
        "vom 15.12.2022",
        "156,00 €",
        "816,00 €",
        "§ 3 Abs. 1 und 2 LHundG NRW",
        "01.01.2026",
    ],
)

# c5
clean(
    "press_release",
    """
Pressemitteilung Nr. 0217 vom 05.02.2026

Neue Kita an der Kaiseraue eröffnet – 95 Plätze für Kinder unter und über drei Jahren

Die Stadt Bochum hat am Mittwoch die neue städtische Kindertageseinrichtung „Kaiseraue“ an der Kemnader Straße eröffnet. In sechs Gruppen werden bis zu 95 Kinder betreut, davon 30 unter drei Jahren. Der Neubau in Holzmodulbauweise wurde von der Ruhrbau Hochbau GmbH in nur 14 Monaten errichtet; die Baukosten lagen bei 6,9 Mio. €, davon wurden 2,1 Mio. € aus dem Landesprogramm „Kita-Ausbau NRW“ gefördert.

„Jeder neue Platz entlastet Familien ganz konkret“, betonte der Oberbürgermeister bei der Eröffnung. Die Einrichtung ist montags bis freitags von 07:00 bis 16:30 Uhr geöffnet. Anmeldungen erfolgen ausschließlich über den Kita-Navigator.

Pressekontakt: Presse- und Informationsamt, Telefon 0234 910-3113, presse@bochum.de
""",
    keep=[
        "Pressemitteilung Nr. 0217 vom 05.02.2026",
        "Ruhrbau Hochbau GmbH",
        "6,9 Mio. €",
        "Kita-Ausbau NRW",
        "0234 910-3113",
        "presse@bochum.de",
    ],
)

# c6
clean(
    "process_note",
    """
Verfahrensanweisung Posteingang – digitale Eingangsbearbeitung (Version 3.2, gültig ab 01.02.2026)

1. Briefpost wird in der Poststelle (Rathaus, Raum U.14) geöffnet, mit Eingangsstempel versehen und gescannt. Ausgenommen sind Sendungen mit dem Vermerk „persönlich/vertraulich“ sowie Angebote in Vergabeverfahren.
2. Die Scans werden automatisch auf dem Dokumentenserver (dms-prod-01, 10.20.4.15) abgelegt und per OCR durchsuchbar gemacht.
3. Die Zuordnung erfolgt nach dem Aktenplan (z. B. 32.10 Gewerbeangelegenheiten, 50.20 Wohngeld). Nicht zuordenbare Post geht an das Funktionspostfach poststelle@bochum.de.
4. Fristen: Widersprüche und Anträge mit gesetzlicher Frist sind am Eingangstag zu erfassen. Der Eingangsstempel ist maßgeblich (§ 31 VwVfG NRW).
5. Papieroriginale werden nach der Qualitätskontrolle 3 Monate aufbewahrt und danach nach DIN 66399 Sicherheitsstufe 4 vernichtet.

Freigabe: Amtsleitung Zentrale Dienste, 22.01.2026
""",
    keep=[
        "10.20.4.15",
        "poststelle@bochum.de",
        "§ 31 VwVfG NRW",
        "DIN 66399 Sicherheitsstufe 4",
        "Raum U.14",
        "32.10 Gewerbeangelegenheiten",
    ],
)

# c7
clean(
    "funding_programme",
    """
Förderprogramm „Grüne Höfe und Fassaden“ 2026 – Merkblatt

Was wird gefördert?
Die Stadt Bochum fördert die Begrünung von Dächern, Fassaden und Innenhöfen sowie die Entsiegelung von Flächen in den Fördergebieten Hamme, Stahlhausen und Wattenscheid-Mitte.

Wer kann einen Antrag stellen?
Eigentümerinnen und Eigentümer, Erbbauberechtigte sowie Wohnungseigentümergemeinschaften.

Höhe der Förderung
50 % der förderfähigen Kosten, höchstens 40,00 € je m² begrünter Fläche und maximal 15.000 € je Grundstück. Bagatellgrenze: 1.000 € förderfähige Kosten.

Antragsfrist und Verfahren
Anträge sind bis zum 30.09.2026 vor Beginn der Maßnahme beim Amt für Stadtplanung und Wohnen einzureichen. Grundlage ist die Richtlinie vom 18.11.2025 (Amtsblatt Nr. 47/2025). Ein vorzeitiger Maßnahmebeginn ist förderschädlich.

Beratung: Klimaagentur, Technisches Rathaus, Hans-Böckler-Straße 19, 44787 Bochum, Telefon 0234 910-2580
""",
    keep=[
        "Grüne Höfe und Fassaden",
        "15.000 € je Grundstück",
        "bis zum 30.09.2026",
        "Amtsblatt Nr. 47/2025",
        "Hans-Böckler-Straße 19, 44787 Bochum",
        "0234 910-2580",
    ],
)

# c8
clean(
    "council_minutes",
    """
Auszug aus der Niederschrift der Sitzung des Ausschusses für Umwelt, Nachhaltigkeit und Ordnung vom 20.01.2026

TOP 6  Anfrage der Fraktion BÜNDNIS 90/DIE GRÜNEN zur Baumbilanz 2025 (Drucksache 20260044)

Die Verwaltung berichtet: Im Jahr 2025 wurden im Stadtgebiet 1.312 Straßenbäume gefällt, überwiegend wegen Trockenschäden und Rußrindenkrankheit. Nachgepflanzt wurden 1.540 Bäume, darunter klimaresiliente Arten wie Zerr-Eiche, Silber-Linde und Amberbaum. Die Kosten für Pflanzung und dreijährige Entwicklungspflege liegen bei durchschnittlich 2.300 € je Baum.

Ein Ausschussmitglied der CDU-Fraktion fragt nach dem Zustand der Allee an der Wittener Straße. Die Verwaltung sagt eine schriftliche Beantwortung bis zur nächsten Sitzung zu.

Kenntnisnahme.

TOP 7  Satzung zur Änderung der Abfallgebührensatzung – Empfehlung an den Rat: mehrheitlich bei 2 Gegenstimmen (AfD).
""",
    keep=[
        "Ausschusses für Umwelt, Nachhaltigkeit und Ordnung",
        "Drucksache 20260044",
        "1.312 Straßenbäume",
        "2.300 € je Baum",
        "Abfallgebührensatzung",
        "20.01.2026",
    ],
)

# c9
clean(
    "press_release",
    """
Ausbildung bei der Stadt Bochum: Bewerbungsphase für 2027 startet

Ab dem 1. März 2026 können sich junge Menschen für einen der rund 180 Ausbildungs- und Studienplätze zum 1. August 2027 bewerben. Neben Verwaltungsfachangestellten und Beamtinnen und Beamten im gehobenen Dienst (Bachelor of Laws) sucht die Stadt auch Auszubildende in handwerklichen Berufen: Gärtnerin und Gärtner im Garten- und Landschaftsbau, Koch und Köchin für die Küchen der städtischen Kitas, Fachkräfte für Lagerlogistik sowie Straßenwärter.

Die Ausbildungsvergütung beträgt im ersten Jahr 1.293,26 € brutto nach TVAöD. Bewerbungsschluss ist der 30.09.2026; Bewerbungen sind nur über das Karriereportal karriere.bochum.de möglich.

Am Samstag, 14.03.2026, lädt das Personal- und Organisationsamt von 10 bis 14 Uhr zum Azubi-Infotag ins Bildungs- und Verwaltungszentrum, Gustav-Heinemann-Platz 2–6, ein.
""",
    keep=[
        "Koch und Köchin",
        "1.293,26 € brutto nach TVAöD",
        "karriere.bochum.de",
        "Gustav-Heinemann-Platz 2–6",
        "30.09.2026",
        "Azubi-Infotag",
    ],
)

# c10
clean(
    "opening_hours",
    """
Hallen- und Freibäder – Winterbetrieb 2025/26 (bis 30.04.2026)

Hallenbad Höntrop, Wattenscheider Hellweg 120
  Di–Fr 06:30–21:00 Uhr, Sa/So 08:00–18:00 Uhr, Mo Vereinsschwimmen
Hallenfreibad Hofstede, Riemker Straße 95
  Mo–Fr 06:30–22:00 Uhr, Sa/So 08:00–20:00 Uhr
Sauna im Hallenfreibad Hofstede: Dienstag Damensauna

Eintrittspreise: Erwachsene 5,50 €, ermäßigt 3,50 €, Familienkarte 13,00 €, 10er-Karte Erwachsene 49,50 €.
Inhaber des BochumPasses erhalten 50 % Ermäßigung.

Die Bäder werden von der Wasserwelten Bochum GmbH betrieben. Kundentelefon: 0234 9 60 50-0.
An Heiligabend (24.12.) und Silvester (31.12.) schließen alle Bäder um 12:00 Uhr.
""",
    keep=[
        "Hallenfreibad Hofstede, Riemker Straße 95",
        "Familienkarte 13,00 €",
        "BochumPasses",
        "Wasserwelten Bochum GmbH",
        "0234 9 60 50-0",
        "Heiligabend (24.12.)",
    ],
)

# c11
clean(
    "fee_table",
    """
Parkgebühren und Bewohnerparken – Übersicht nach der Parkgebührenordnung (gültig ab 01.04.2026)

Zone        Gebiet                               Gebühr je angefangene 30 min   Höchstparkdauer
Zone I      Innenstadt innerhalb des Rings       1,50 €                          2 Stunden
Zone II     Ehrenfeld, Griesenbruch              1,00 €                          3 Stunden
Zone III    Wattenscheid-Zentrum                 0,80 €                          3 Stunden

Bewohnerparkausweis (§ 45 Abs. 1b StVO): 30,70 € pro Jahr; Bewohnerparkzonen B 1 bis B 12.
Handyparken ist in allen Zonen über die gängigen Apps möglich. Parkscheinautomaten akzeptieren Münzen und girocard.
Gebührenfrei: Sonn- und Feiertage sowie werktags 20:00–08:00 Uhr.

Auskunft: Straßenverkehrsamt, Abteilung Parkraummanagement, 0234 910-3960
""",
    keep=[
        "§ 45 Abs. 1b StVO",
        "30,70 € pro Jahr",
        "Bewohnerparkzonen B 1 bis B 12",
        "Zone I",
        "0234 910-3960",
        "gültig ab 01.04.2026",
    ],
)

# c12
clean(
    "statute",
    """
Friedhofssatzung der Stadt Bochum – Auszug

§ 14 Wahlgrabstätten
(1) Wahlgrabstätten sind Grabstätten, an denen auf Antrag ein Nutzungsrecht für die Dauer von 25 Jahren (Nutzungszeit) verliehen wird. Ein Wiedererwerb ist nur auf Antrag und nur für die gesamte Wahlgrabstätte möglich.
(2) Das Nutzungsrecht entsteht mit Zahlung der Gebühr und Aushändigung der Verleihungsurkunde.

§ 15 Urnengrabstätten
(1) Urnen können beigesetzt werden in Urnenwahlgrabstätten, Urnenreihengrabstätten, Urnengemeinschaftsanlagen und im Baumgrabfeld auf dem Hauptfriedhof Freigrafendamm.

§ 31 Ordnungswidrigkeiten
Ordnungswidrig im Sinne des § 7 Abs. 2 GO NRW handelt, wer vorsätzlich oder fahrlässig gegen § 5 (Verhalten auf dem Friedhof) verstößt. Die Ordnungswidrigkeit kann mit einer Geldbuße bis zu 1.000 € geahndet werden.

Beschlossen vom Rat der Stadt am 26.06.2025, bekannt gemacht im Amtsblatt Nr. 28/2025.
""",
    keep=[
        "§ 14 Wahlgrabstätten",
        "25 Jahren",
        "Hauptfriedhof Freigrafendamm",
        "§ 7 Abs. 2 GO NRW",
        "1.000 €",
        "Amtsblatt Nr. 28/2025",
    ],
)

# c13
clean(
    "process_note",
    """
Interne Mitteilung – Amt für Soziales, Abteilung Wohngeld

Betreff: Vertretungsregelung und Erreichbarkeit während der Umstellung auf das neue Fachverfahren

Vom 02.03. bis 13.03.2026 wird das Wohngeld-Fachverfahren auf die neue Version migriert. In dieser Zeit
– können keine Bescheide erstellt werden,
– bleibt die telefonische Erreichbarkeit über das Servicetelefon 0234 910-1550 (Mo–Do 08:30–12:00 Uhr) bestehen,
– werden Anträge weiterhin über wohngeld@bochum.de und das Serviceportal angenommen.

Die Teams A–K und L–Z vertreten sich gegenseitig; Eilfälle (drohende Wohnungslosigkeit) sind sofort an die Wohnungsnotfallhilfe (Sachgebiet 50.31) abzugeben.

Schulungen: 24.02.2026 und 26.02.2026, jeweils 09:00–15:00 Uhr, Schulungsraum 5.07, Technisches Rathaus.

Abteilungsleitung Wohngeld
""",
    keep=[
        "0234 910-1550",
        "wohngeld@bochum.de",
        "02.03. bis 13.03.2026",
        "Sachgebiet 50.31",
        "Schulungsraum 5.07",
        "Teams A–K und L–Z",
    ],
)

# c14
clean(
    "funding_programme",
    """
Heimat-Fonds Bochum – Förderung von Projekten im Quartier

Zweck: Der Heimat-Fonds unterstützt bürgerschaftliche Projekte, die das Zusammenleben in den Stadtteilen stärken, z. B. Straßenfeste, Geschichtswerkstätten, Gemeinschaftsgärten oder Veranstaltungen zur Erinnerungskultur.

Antragsberechtigt: gemeinnützige Vereine, Initiativen mit einem Trägerverein, Kirchengemeinden und Stiftungen mit Sitz in Bochum. Privatpersonen und Unternehmen sind nicht antragsberechtigt.

Fördersumme: 500 bis 5.000 € je Projekt; Eigenanteil mindestens 10 % (auch als ehrenamtliche Arbeitsleistung, bewertet mit 15,00 € je Stunde).

Stichtage: 31.03., 30.06. und 30.09.2026. Über die Anträge entscheidet eine Jury aus Vertreterinnen und Vertretern der Bezirksvertretungen.

Rechtsgrundlage: Richtlinie Heimat-Fonds vom 04.12.2025 in Verbindung mit §§ 23, 44 LHO NRW.
Kontakt: Stabsstelle Bürgerbeteiligung, heimatfonds@bochum.de, Telefon 0234 910-1022
""",
    keep=[
        "Heimat-Fonds Bochum",
        "500 bis 5.000 € je Projekt",
        "15,00 € je Stunde",
        "§§ 23, 44 LHO NRW",
        "heimatfonds@bochum.de",
        "31.03., 30.06. und 30.09.2026",
    ],
)

# c15
clean(
    "press_release",
    """
Verkehrshinweis: Vollsperrung der Wittener Straße zwischen Hausnummer 120 und 180

Wegen der Erneuerung der Fernwärmeleitung durch die Stadtwerke Bochum GmbH wird die Wittener Straße vom 09.03.2026, 06:00 Uhr, bis voraussichtlich 17.04.2026 zwischen Hausnummer 120 und Hausnummer 180 voll gesperrt. Die Umleitung erfolgt über die Universitätsstraße und die Königsallee und ist ausgeschildert.

Die Straßenbahnlinie 310 fährt in diesem Zeitraum nur zwischen Höntrop Kirche und Bochum Hauptbahnhof; zwischen Hauptbahnhof und Witten Rathaus verkehren Ersatzbusse (SEV 310). Anliegerinnen und Anlieger erreichen ihre Grundstücke über die Kohlenstraße.

Rückfragen zur Baustelle: Baustellentelefon der Stadtwerke Bochum 0234 960-3700 (Mo–Fr 08:00–16:00 Uhr).
""",
    keep=[
        "Wittener Straße zwischen Hausnummer 120 und 180",
        "Stadtwerke Bochum GmbH",
        "Straßenbahnlinie 310",
        "SEV 310",
        "0234 960-3700",
        "09.03.2026, 06:00 Uhr",
    ],
)

# c16
clean(
    "council_minutes",
    """
Beschlussauszug – 18. Sitzung des Rates der Stadt Bochum am 11.12.2025

TOP 2.1  Haushaltssatzung und Haushaltsplan 2026 (Vorlage 20253012)

Der Rat beschließt die Haushaltssatzung 2026 mit folgenden Festsetzungen:
– Gesamtbetrag der Erträge im Ergebnisplan: 1.912.447.300 €
– Gesamtbetrag der Aufwendungen im Ergebnisplan: 1.958.031.900 €
– Kredite für Investitionen: 148.500.000 €
– Höchstbetrag der Liquiditätskredite: 1.100.000.000 €
– Hebesätze: Grundsteuer A 350 %, Grundsteuer B 695 %, Gewerbesteuer 495 %

Abstimmungsergebnis: 45 Ja-Stimmen, 31 Nein-Stimmen, 2 Enthaltungen.

Die Haushaltssatzung wird der Bezirksregierung Arnsberg gemäß § 80 Abs. 5 GO NRW angezeigt.
""",
    keep=[
        "Haushaltssatzung und Haushaltsplan 2026 (Vorlage 20253012)",
        "Grundsteuer B 695 %",
        "148.500.000 €",
        "§ 80 Abs. 5 GO NRW",
        "Bezirksregierung Arnsberg",
        "11.12.2025",
    ],
)

# c17
clean(
    "email",
    """
Von: IT-Service Stadt Bochum <it-service@bochum.de>
An: Alle Beschäftigten
Datum: 12.02.2026 15:40
Betreff: Wartungsfenster am Samstag, 21.02.2026 – E-Mail und Fachverfahren nicht erreichbar

Liebe Kolleginnen und Kollegen,

am Samstag, 21.02.2026, von 06:00 bis 14:00 Uhr werden die Server im Rechenzentrum Hans-Böckler-Straße gewartet. Betroffen sind das E-Mail-System, das Dokumentenmanagement (DMS) und alle Fachverfahren im Netz 10.20.0.0/16. Das Bürgerportal und die Behördennummer 115 bleiben erreichbar.

Bitte melden Sie sich am Freitag, 20.02.2026, vor Dienstschluss von allen Anwendungen ab. Störungen nach dem Wartungsfenster melden Sie bitte über das Ticketsystem oder die IT-Hotline 0234 910-4444.

Ihr IT-Service
""",
    keep=[
        "it-service@bochum.de",
        "21.02.2026",
        "10.20.0.0/16",
        "0234 910-4444",
        "Behördennummer 115",
        "von 06:00 bis 14:00 Uhr",
    ],
)

# c18
clean(
    "form_template",
    """
Antrag auf Sondernutzungserlaubnis für öffentliche Verkehrsflächen
(Vordruck S 1 – bitte in Druckbuchstaben ausfüllen)

Antragsteller/in
Name, Vorname / Firma: ______________________________
Straße, Hausnummer:    ______________________________
PLZ, Ort:              ______________________________
Telefon / E-Mail:      ______________________________

Art der Sondernutzung:  [ ] Gerüst   [ ] Container   [ ] Außengastronomie   [ ] Infostand   [ ] Sonstiges
Ort der Sondernutzung (Straße, Hausnummer): ______________________________
Zeitraum: von __.__.____ bis __.__.____      Fläche: ____ m²

Dem Antrag sind ein Lageplan (Maßstab 1:500) und ggf. ein Verkehrszeichenplan beizufügen. Der Antrag ist spätestens zwei Wochen vor Beginn der Nutzung einzureichen (§ 18 StrWG NRW). Die Gebühr richtet sich nach der Sondernutzungssatzung.

Stadt Bochum, Tiefbauamt – Sondernutzungen, Hans-Böckler-Straße 19, 44787 Bochum, sondernutzung@bochum.de
""",
    keep=[
        "Vordruck S 1",
        "§ 18 StrWG NRW",
        "Lageplan (Maßstab 1:500)",
        "spätestens zwei Wochen vor Beginn",
        "sondernutzung@bochum.de",
        "Tiefbauamt – Sondernutzungen",
    ],
)

# c19
clean(
    "table",
    """
Bevölkerung mit Hauptwohnsitz nach Stadtbezirken, Stichtag 31.12.2025 (Quelle: Melderegister, Statistikstelle)

Stadtbezirk        Einwohner   davon weiblich   Anteil ab 65 J.   Veränderung zu 2024
Bochum-Mitte         103.482           51.927            19,8 %             +0,6 %
Wattenscheid          73.414           37.102            22,1 %             −0,3 %
Bochum-Nord           35.018           17.795            23,4 %             −0,5 %
Bochum-Ost            53.207           27.141            22,9 %             +0,1 %
Bochum-Süd            50.863           25.760            24,7 %             −0,2 %
Bochum-Südwest        56.190           28.714            23,0 %             +0,4 %
Stadt insgesamt      372.174          188.439            22,1 %             +0,1 %

Hinweis: Abweichungen zu den Zahlen von IT.NRW ergeben sich aus unterschiedlichen Stichtagen und Zählverfahren.
""",
    keep=[
        "Stichtag 31.12.2025",
        "Stadt insgesamt      372.174",
        "IT.NRW",
        "Statistikstelle",
        "Bochum-Südwest",
    ],
)

# c20
clean(
    "public_notice",
    """
Öffentliche Bekanntmachung
Bebauungsplan Nr. 1004 „Ostpark – Feldmark“, 2. Änderung – Beteiligung der Öffentlichkeit gemäß § 3 Abs. 2 BauGB

Der Ausschuss für Planung und Grundstücke hat am 03.02.2026 den Entwurf der 2. Änderung des Bebauungsplans Nr. 1004 gebilligt und die öffentliche Auslegung beschlossen (Aktenzeichen der Planung: 61 26 – B 1004/2).

Der Entwurf mit Begründung und Umweltbericht liegt vom 02.03.2026 bis einschließlich 10.04.2026 im Internet unter bochum.de/bauleitplanung sowie im Technischen Rathaus, Hans-Böckler-Straße 19, 44787 Bochum, Foyer 1. OG, montags bis freitags von 08:00 bis 15:00 Uhr aus.

Stellungnahmen können während der Auslegungsfrist schriftlich, per E-Mail an bauleitplanung@bochum.de oder zur Niederschrift abgegeben werden. Nicht fristgerecht abgegebene Stellungnahmen können bei der Beschlussfassung unberücksichtigt bleiben (§ 4a Abs. 5 BauGB).

Bochum, 05.02.2026
Der Oberbürgermeister
""",
    keep=[
        "Bebauungsplan Nr. 1004",
        "§ 3 Abs. 2 BauGB",
        "61 26 – B 1004/2",
        "02.03.2026 bis einschließlich 10.04.2026",
        "bauleitplanung@bochum.de",
        "Hans-Böckler-Straße 19, 44787 Bochum",
    ],
)


# ---------------------------------------------------------------------------------------------
# Build and checks
# ---------------------------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(CORPUS.main(OUT, {"pii": 70, "clean": 20}))
