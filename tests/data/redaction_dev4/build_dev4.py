"""Build the fourth development German PII redaction corpus (``corpus.jsonl`` next to this file).

    python3 tests/data/redaction_dev4/build_dev4.py

60 documents with personal data and 40 PII-free administrative texts, every one written out
individually below (no templates, no generated permutations). The set was written
independently of the redactor (without sight of its code, its benchmark or the other corpora's
texts) and may be used for tuning it. Personal strings are marked inline as ``[[TYPE:text]]``;
the shared machinery in ``tests/data/redaction_markup.py`` strips the markup, computes the
offsets, checks every document and writes the corpus only if every check passes. Short aliases
may be used for the type:

    P=PERSON  STR=STREET_ADDRESS  LOC=LOCATION  DOB=DATE_OF_BIRTH  TEL=PHONE_NUMBER
    MAIL=EMAIL_ADDRESS  IBAN=IBAN_CODE  TAX=DE_TAX_ID  RV=DE_SOCIAL_SECURITY  ID=DE_ID_CARD
    PASS=DE_PASSPORT  KFZ=DE_KFZ  AZ=DE_AKTENZEICHEN  HR=DE_HANDELSREGISTER  IP=IP_ADDRESS

Annotation conventions of this set (taken over from the third development set):
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

Additional conventions (also taken over from the third development set):
  - "Familie", "Hr.", "Fr.", "KM"/"KV" stay outside PERSON spans; initials ("M. K.", "R.") and
    staff hand signs ("AS") are PERSON; a "c/o" stays outside, the name after it is PERSON;
  - a place of birth and a city or town of residence abroad without postcode are LOCATION;
  - the number of an electronic residence permit (eAT) is DE_ID_CARD; passport numbers of any
    state are DE_PASSPORT; case numbers, Kassenzeichen, customer, certificate and insurance
    confirmation numbers that belong to one person's case are DE_AKTENZEICHEN;
  - the direct line or mobile of a named person (also of staff) is PHONE_NUMBER, a
    switchboard or service number is not; a register entry is annotated as "HRA 12345" without
    the court;
  - OCR errors are annotated as they stand ("Kowa1ski", "O7.O9.1990").

Conventions made explicit in this set:
  - a span never crosses a line break: in an address block the street line and the
    postcode-and-city line are two STREET_ADDRESS spans; on one line, street, house number,
    floor or flat ("3. OG links", "Whg. 12"), postcode and city form one STREET_ADDRESS span;
    a citizen's own Postfach ("Postfach 31 04 12") is STREET_ADDRESS like a street; addresses
    abroad are annotated in their own format, the country name ("USA", "Polen") stays outside;
  - markers before a value stay outside its span: "geb.", "*", "Tel.", "Az.", "Kassenzeichen",
    "BG-Nr.", "Steuer-ID", "IBAN", "Kennzeichen", field labels of forms ("NACHNAME:");
  - a place of birth or residence in Germany named without postcode is LOCATION as well;
  - IP addresses of a person's device or connection are IP_ADDRESS; ticket numbers of IT
    systems, asset tags and version numbers are not personal;
  - a surname that is also an ordinary German word (Fuchs, Vogel, Winter, Kaiser, Bauer,
    Schmied, Lange, Klein) is listed in ``allow`` where the word occurs in its ordinary sense
    or inside a street name; the person is then always written with first name or initial;
  - number plates of official vehicles and the public address of an authority's own system
    (e.g. the gateway of a public hotspot) are not personal;
  - foreign number plates are DE_KFZ, the country code after them ("(F)", "(BG)") stays outside.

Checks: offsets reproduce the span text, spans do not overlap, Steuer-IDs (§ 139b AO, ISO 7064
MOD 11,10 and the digit-repetition rule) and IBANs (ISO 13616 MOD 97) are valid,
Rentenversicherungsnummern carry a valid check digit, ID-card numbers use the ID-card alphabet,
every keep phrase occurs outside all spans, and every further occurrence of an annotated string
(and of every name part of 3+ letters) is annotated as well, unless explicitly allowed.
All names, addresses, numbers and cases are invented; any resemblance to real persons is
unintended.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from redaction_markup import Corpus

OUT = Path(__file__).resolve().parent / "corpus.jsonl"
CORPUS = Corpus()
pii = CORPUS.pii
clean = CORPUS.clean


# ---------------------------------------------------------------------------------------------
# Documents with personal data (pii-001 .. pii-060)
# ---------------------------------------------------------------------------------------------

pii(
    "letter",
    """
Stadt Bochum
Bürgerbüro Mitte
Willy-Brandt-Platz 2-6
44777 Bochum

Herrn
[[P:Karl-Heinz von der Heide]]
[[STR:Castroper Straße 118, 3. OG links]]
[[STR:44791 Bochum]]

Vorgangsnummer: [[AZ:BB-M-2026-04417]]
Ansprechpartnerin: Frau [[P:Okonkwo]], Zimmer 0.17
Durchwahl: [[TEL:0234 910-2217]]
Zentrale: 0234 910-0

Bochum, 11. März 2026

Erweiterte Meldebescheinigung nach § 18 Abs. 1 BMG

Sehr geehrter Herr [[P:von der Heide]],

Ihr Antrag vom 2. März 2026 auf Ausstellung einer erweiterten Meldebescheinigung ist bei uns
eingegangen. Für die Bearbeitung benötigen wir noch eine Kopie Ihres Personalausweises oder
Reisepasses, da die Angaben im Melderegister (geb. [[DOB:14.7.58]]) nicht mit den Angaben in
Ihrem Antrag übereinstimmen; dort ist als Geburtsjahr 1957 eingetragen.

Bitte reichen Sie die Kopie bis zum 25. März 2026 nach. Die Gebühr beträgt 10,00 EUR und
wird bei Abholung fällig.

Mit freundlichen Grüßen
Im Auftrag

[[P:Okonkwo]]
""",
    keep=[
        "Willy-Brandt-Platz 2-6",
        "0234 910-0",
        "§ 18 Abs. 1 BMG",
        "Zimmer 0.17",
        "25. März 2026",
    ],
)

pii(
    "email",
    """
Von: [[MAIL:jana.meier87@web.de]]
An: kita-platz@leipzig.de
Datum: Mo, 16.02.2026, 22:41
Betreff: kitaplatz für [[P:mila]] !!

hallo,

ich hab heute schon 3x angerufen aber da geht keiner ran. wir haben den platz in der kita
pusteblume zugesagt bekommen (schreiben vom 12.02.), aber da steht das falsche geburtsdatum von
meiner tochter drin. [[P:mila]] ist am [[DOB:09.11.2023]] geboren und nicht im september!! bitte
korrigieren sonst gibts probleme mit dem träger wegen der eingewöhnung ab 1.4.

ausserdem sind wir umgezogen, neue adresse ist [[STR:lützner str 81, hinterhaus 2. stock, 04177 leipzig]]

unsere nummer im elternportal ist [[AZ:KP-2023-LE-118804]], falls sie die brauchen.
am besten erreichen sie mich abends auf dem handy [[TEL:0176 / 2 11 94 03]]

danke und gruß, [[P:jana meier]]
(mama von [[P:mila meier]])
""",
    keep=["kita-platz@leipzig.de", "16.02.2026, 22:41", "schreiben vom 12.02.", "ab 1.4."],
)

pii(
    "chat",
    """
[Chat Bürgerservice Stadt Dortmund – Sitzung 2026-03-04 18:12 – Kanal Web]
Assistent: Willkommen beim Chat der Stadt Dortmund. Wie kann ich helfen?
Gast: hi hier ist der [[P:kevin]]
Assistent: Hallo! Worum geht es?
Gast: mein auto is weg, wurde glaub ich abgeschleppt. [[KFZ:do ks 1987]], silberner golf
Gast: stand vor der apotheke an der kreuzstraße
Mitarbeiterin [[P:T. Lindemann]]: Guten Abend, ich schaue nach. Das Fahrzeug [[KFZ:DO-KS 1987]] wurde heute um
16:40 Uhr wegen Parkens im absoluten Halteverbot (Baustelleneinrichtung) umgesetzt.
Gast: und wo is es jetzt
Mitarbeiterin [[P:T. Lindemann]]: Auf dem Verwahrplatz Sunderweg 106. Öffnungszeiten heute bis 20 Uhr.
Sie brauchen Ausweis und Fahrzeugschein. Gebühr: 195,00 € zzgl. 18,50 € Verwahrung pro Tag.
Ihr Vorgang hat die Nummer [[AZ:AS-2026-0304-117]].
Gast: ok danke. der wagen ist auf meine mutter zugelassen, [[P:heike schulte]], geht das trotzdem?
Mitarbeiterin [[P:T. Lindemann]]: Dann benötigen Sie eine Vollmacht von Frau [[P:Schulte]] und eine Kopie ihres Ausweises.
Gast: ok, ich bin [[P:kevin schulte]], [[STR:hohe str 40]], tel [[TEL:0157 39 22 81 06]] falls was is
Assistent: Der Chat wurde beendet. Bewerten Sie uns unter www.dortmund.de/chat.
""",
    keep=["Sunderweg 106", "195,00 €", "16:40 Uhr", "www.dortmund.de/chat", "2026-03-04 18:12"],
)

pii(
    "ocr",
    """
LANDESHAUPTSTADT KIEL - AMT FÜR BÜRGER- UND ORDNUNGSANGELEGENHEITEN
ANMELDUNG BEI DER MELDEBEHÖRDE (§ 17 BMG)                          BLATT 1 VON 2
--- OCR-ERFASSUNG SCAN 0042 / KONFIDENZ 81 % ---

1  NEUE WOHNUNG
   STRASSE, HAUSNR.: [[STR:ELENDSREDDER 14 A, WHG. 12]]
   PLZ, ORT: [[STR:24114 KIEL]]
   TAG DES EINZUGS: 01.03.2026
   DIE WOHNUNG IST: [X] ALLEINIGE WOHNUNG  [ ] HAUPTWOHNUNG  [ ] NEBENWOHNUNG

2  BISHERIGE WOHNUNG
   [[STR:SCHÜTZENWALL 3, 24103 KIEL]]

3  ANGABEN ZUR PERSON
   NACHNAME: [[P:YILMAZ]]
   VORNAME(N): [[P:AYŞE GÜL]]
   GEBURTSNAME: [[P:DEM1R]]
   GEB.-DATUM: [[DOB:O7.11.1962]]        GEB.-ORT: [[LOC:TRABZON]] (TÜRKEI)
   GESCHLECHT: W      FAMILIENSTAND: VH
   STAATSANGEHÖRIGKEIT(EN): DEUTSCH, TÜRKISCH
   PERSONALAUSWEIS NR.: [[ID:L7TK2M0R4]]   AUSGESTELLT: 14.05.2021 KIEL

4  WOHNUNGSGEBER
   KWG KIELER WOHNUNGSGESELLSCHAFT MBH, HOLSTENSTRASSE 88, 24103 KIEL

--- HANDSCHRIFTLICHER VERMERK (NICHT ERKANNT, NACHERFASST) ---
Bestätigung des Wohnungsgebers liegt vor. Fr. [[P:Yilmaz]] hat Meldebescheinigung mitgenommen.
02.03.26 / [[P:KN]]
""",
    keep=["§ 17 BMG", "BLATT 1 VON 2", "HOLSTENSTRASSE 88, 24103 KIEL", "KONFIDENZ 81 %"],
)

pii(
    "notice",
    """
Stadt Kassel – Amt für Wohnen und Grundsicherung
Obere Königsstraße 8, 34117 Kassel

Frau
[[P:Marie-Luise Schulze-Brinkmann]]
[[STR:Friedrich-Ebert-Straße 201]]
[[STR:34119 Kassel]]

Aktenzeichen: [[AZ:WG 50.22-88173]]
Bitte bei allen Schreiben angeben.

Bescheid über Wohngeld (Mietzuschuss) nach dem Wohngeldgesetz (WoGG)

Sehr geehrte Frau [[P:Schulze-Brinkmann]],

auf Ihren Antrag vom 19. Januar 2026 wird Ihnen für die Zeit vom 01.01.2026 bis 31.12.2026
Wohngeld in Höhe von monatlich 287,00 EUR bewilligt.

Berechnungsgrundlagen:
Haushaltsmitglieder                   1
zu berücksichtigende Miete      512,40 EUR
Gesamteinkommen                 1.104,17 EUR
Mietstufe                           III

Das Wohngeld wird monatlich im Voraus auf das von Ihnen angegebene Konto
IBAN [[IBAN:DE95 1203 0000 4967 4613 49]] überwiesen.

Sie sind verpflichtet, der Wohngeldbehörde unverzüglich mitzuteilen, wenn sich die Zahl der
Haushaltsmitglieder verringert oder sich das Einkommen um mehr als 15 Prozent erhöht
(§ 27 Abs. 3 und 4 WoGG).

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe
Klage beim Verwaltungsgericht Kassel, Tischbeinstraße 32, 34121 Kassel, erhoben werden.

Im Auftrag
[[P:Gerlinde Opitz]]
""",
    keep=[
        "Obere Königsstraße 8, 34117 Kassel",
        "§ 27 Abs. 3 und 4 WoGG",
        "287,00 EUR",
        "Tischbeinstraße 32",
        "Mietstufe",
    ],
)

pii(
    "letter",
    """
Jobcenter Gelsenkirchen
Standort Buer, Goldbergstraße 12, 45894 Gelsenkirchen

Frau [[P:Sandra Kowalczyk]]
[[STR:Horster Straße 47, 2. Etage rechts]]
[[STR:45897 Gelsenkirchen]]

BG-Nummer: [[AZ:36202//0047811]]
Kundennummer: [[AZ:362D104477]]
Ihr Ansprechpartner: Herr [[P:Brüggemann]], Raum B 2.14
Telefon: [[TEL:0209 60 47-3318]]
Servicecenter: 0209 6047-0

Einladung nach § 59 SGB II in Verbindung mit § 309 SGB III

Sehr geehrte Frau [[P:Kowalczyk]],

bitte kommen Sie am Dienstag, 24.03.2026, um 09:30 Uhr in das Jobcenter, Raum B 2.14. Ich
möchte mit Ihnen über Ihre berufliche Situation und die Betreuung Ihrer Kinder [[P:Noah]]
und [[P:Emilia]] sprechen.

Bitte bringen Sie mit:
- Nachweise über Ihre Bewerbungsbemühungen seit Januar
- die Bescheinigung der Kita über den Betreuungsumfang von [[P:Emilia]]
- den aktuellen Arbeitsvertrag aus dem Minijob

Wenn Sie ohne wichtigen Grund nicht erscheinen, wird das Bürgergeld um 10 Prozent des
maßgebenden Regelbedarfs gemindert (§ 32 SGB II).

Mit freundlichen Grüßen
[[P:Brüggemann]]
""",
    keep=[
        "Goldbergstraße 12, 45894 Gelsenkirchen",
        "0209 6047-0",
        "§ 59 SGB II",
        "Raum B 2.14",
        "24.03.2026, um 09:30 Uhr",
    ],
)

pii(
    "court",
    """
VERWALTUNGSGERICHT FREIBURG
Habsburgerstraße 103, 79104 Freiburg

Az. [[AZ:3 K 1182/25]]

In der Verwaltungsrechtssache

[[P:Dušan Petrović]],
[[STR:Sundgauallee 40, Whg. 7, 79110 Freiburg]],
                                                          – Kläger –
Prozessbevollmächtigte: Rechtsanwältin Dr. [[P:Henrike Sauter-Matt]],
Kanzlei [[P:Sauter-Matt]] & Partner mbB, Kaiser-Joseph-Straße 244, 79098 Freiburg,

gegen

Stadt Freiburg im Breisgau, vertreten durch den Oberbürgermeister,
Rathausplatz 2-4, 79098 Freiburg,
                                                          – Beklagte –

wegen Gewerbeuntersagung

hier: Ladung zur mündlichen Verhandlung

Sehr geehrte Damen und Herren,

in der oben bezeichneten Sache wird Termin zur mündlichen Verhandlung bestimmt auf

Mittwoch, 22. April 2026, 10:15 Uhr, Sitzungssaal 2, Erdgeschoss.

Das persönliche Erscheinen des Klägers, Herrn [[P:Petrović]], wird angeordnet (§ 95 Abs. 1 VwGO).
Die Beklagte wird gebeten, die Verwaltungsvorgänge bis zum 27. März 2026 vorzulegen.

Auf Anordnung
[[P:Ritter]], Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle
""",
    keep=[
        "Habsburgerstraße 103, 79104 Freiburg",
        "Rathausplatz 2-4",
        "§ 95 Abs. 1 VwGO",
        "Sitzungssaal 2",
        "Kaiser-Joseph-Straße 244",
    ],
)

pii(
    "ticket",
    """
Ticket: INC-2026-031877          Priorität: 2 - hoch          Status: in Bearbeitung
Kategorie: Netzwerk / VPN / Heimarbeitsplatz
Erstellt: 09.03.2026 07:52 über Self-Service-Portal (Stadt Münster, IT-Service)
Melderin: [[P:Lea Hoffmann-Rademacher]] (Amt 61, Stadtplanung), Durchwahl [[TEL:0251 492-6173]]
Gerät: MS-NB-04512 (Notebook, Windows 11 23H2)

Beschreibung:
seit dem update gestern komme ich von zuhause nicht mehr ins VPN. Fehlermeldung "Gateway nicht
erreichbar (Code 0x80070005)". Heimnetz über Fritzbox, WLAN geht sonst.

Arbeitsnotiz 1 – 09.03.2026 08:14 – [[P:dschroeer]] (2nd Level):
Im Gateway-Log Anmeldeversuche von [[IP:84.163.22.197]] (DSL-Anschluss der Kollegin) mit
Client-Version 5.1.3, abgelehnt wegen abgelaufenem Gerätezertifikat. Das Gerät hatte im LAN
zuletzt [[IP:10.48.112.37]], IPv6 link-local [[IP:fe80::1c2b:3ff:fe4a:8e21]].
Zertifikat über Fernwartung neu ausgerollt, Client auf 5.1.4 gehoben.

Arbeitsnotiz 2 – 09.03.2026 09:03 – [[P:dschroeer]]:
Rückruf bei Frau [[P:Hoffmann-Rademacher]] unter [[TEL:0171 8 80 42 19]] (privat, lt. Melderin ok).
Verbindung steht. Ticket wird nach 3 Werktagen automatisch geschlossen.

Verknüpft mit: PRB-2026-0112 (Zertifikatsablauf VPN-Gateway, 41 betroffene Geräte)
""",
    keep=["INC-2026-031877", "MS-NB-04512", "Client-Version 5.1.3", "PRB-2026-0112", "0x80070005"],
)

pii(
    "email",
    """
Von: [[MAIL:lukasz.wisniewski@o2.pl]]
An: zulassungsstelle@augsburg.de
Datum: 03.03.2026 19:05
Betreff: Abmeldung Fahrzeug [[KFZ:A-LW 2207E]] / Umzug nach Polen

Sehr geehrte Damen und Herren,

ich bin Ende Februar zurück nach Polen gezogen und möchte mein Fahrzeug abmelden. Es ist ein
Elektroauto mit dem Kennzeichen [[KFZ:A-LW 2207E]], Fahrzeug-Identnummer steht im
Fahrzeugschein (Kopie anbei).

Meine neue Adresse:
[[P:Łukasz Wiśniewski]]
[[STR:ul. Długa 5/12]]
[[STR:80-827 Gdańsk]]
Polen
Tel. [[TEL:+48 601 234 567]]

Meine alte Adresse in [[LOC:Augsburg]] war [[STR:Haunstetter Straße 61a, 86161 Augsburg]].
Reisepass-Nr. [[PASS:EK4417203]], geboren am [[DOB:2. Juni 1988]] in [[LOC:Olsztyn]].

Kann ich die Abmeldung online über i-Kfz machen, oder muss jemand mit Vollmacht persönlich
kommen? Mein Kollege [[P:Marek Zieliński]] wohnt noch in [[LOC:Augsburg]] und hat die Kennzeichenschilder.
Ich habe gelesen, dass nach § 14 FZV die Abmeldung auch mit der Post möglich ist?

Mit freundlichen Grüßen / Z poważaniem
[[P:Łukasz Wiśniewski]]
""",
    keep=[
        "zulassungsstelle@augsburg.de",
        "§ 14 FZV",
        "i-Kfz",
        "Ende Februar",
        "Fahrzeug-Identnummer",
    ],
)

pii(
    "file_note",
    """
Stadt Dortmund – Ordnungsamt, Gewerbeangelegenheiten
Gewerbe-Ummeldung (GewA 2) – Eingang 05.03.2026 – Bearbeitungsvermerk

Betrieb:              Fahrradwerkstatt [[P:Ömer Çelik]] e.K.
Registereintrag:      Amtsgericht Dortmund, [[HR:HRA 18832]]
Inhaber:              [[P:Çelik, Ömer]], *[[DOB:02.09.1981]] in [[LOC:Gaziantep]]
Betriebsstätte alt:   [[STR:Rheinische Straße 173, 44147 Dortmund]]
Betriebsstätte neu:   [[STR:Hamburger Straße 29, 44135 Dortmund]] (ab 01.04.2026)
Telefon Betrieb:      [[TEL:0231 / 72 55 41]]
E-Mail:               [[MAIL:info@fahrrad-celik.de]]
Steuernummer:         [[TAX:314/5012/3456]]
USt-IdNr.:            [[TAX:DE284716395]]
Tätigkeit:            Reparatur und Verkauf von Fahrrädern und E-Bikes, Ersatzteile

Vermerk: Handelsregisterauszug vom 28.02.2026 liegt vor. Ummeldung gebührenpflichtig, 26,00 €
(Tarifstelle 2.1.3 der Gebührenordnung). Mitteilungen an Finanzamt Dortmund-Ost und IHK zu
Dortmund veranlasst; Handwerkskammer nicht beteiligt (zulassungsfreies Handwerk, Anlage B).
Sachbearbeitung: [[P:Ziegler]], App. [[TEL:0231 50-2 64 18]]
""",
    keep=["GewA 2", "Tarifstelle 2.1.3", "26,00 €", "Finanzamt Dortmund-Ost", "Anlage B"],
)

pii(
    "phone_note",
    """
TN 10.03. 14:20 – Fr. [[P:Gesine Vogt]] ([[TEL:0381 / 44 71 90]]) ruft wg. Hundesteuerbescheid an:
Hund im Januar verstorben, Abmeldung gewünscht, Kassenzeichen [[AZ:5.0123.456789.3]].
Formular Abmeldung per Post zugesagt, Rückruf bis Fr. – [[P:hs]]
""",
    keep=["TN 10.03. 14:20", "Hundesteuerbescheid", "Formular Abmeldung", "Rückruf bis Fr."],
)

pii(
    "protocol",
    """
Landeshauptstadt Erfurt – Standesamt
Bürgermeister-Wagner-Straße 1, 99084 Erfurt

Niederschrift über die Anmeldung zur Eheschließung
Registernummer der Anmeldung: [[AZ:AE 2026/0219]]

Es erschienen heute, am 6. März 2026, im Dienstgebäude des Standesamts:

1. [[P:Tesfay Gebremedhin Kidane]], *[[DOB:12.03.1979]] in [[LOC:Asmara]] (Eritrea),
   eritreischer Staatsangehöriger, ledig,
   wohnhaft [[STR:Magdeburger Allee 176, 99086 Erfurt]],
   ausgewiesen durch Reisepass Nr. [[PASS:P01287765]], ausgestellt am 03.08.2017,
   und Aufenthaltstitel Nr. [[ID:Y8K2F7T1M]];

2. [[P:Semhar Tekle Habte]], Geburtsdatum: [[DOB:1991-06-30]], Geburtsort: [[LOC:Keren]] (Eritrea),
   deutsche Staatsangehörige seit 2019, ledig,
   wohnhaft [[STR:Juri-Gagarin-Ring 88, 12. OG, 99084 Erfurt]],
   ausgewiesen durch Personalausweis Nr. [[ID:LZ6C1T9H4]].

Da der Erschienene zu 1. der deutschen Sprache nicht hinreichend mächtig ist, wurde der
allgemein beeidigte Dolmetscher für Tigrinya, Herr [[P:Yonas Berhane]], hinzugezogen.

Der Erschienene zu 1. legt ein Ehefähigkeitszeugnis nicht vor; er beantragt Befreiung von der
Beibringung nach § 1309 Abs. 2 BGB. Der Antrag wird mit den Unterlagen an den Präsidenten des
Thüringer Oberlandesgerichts weitergeleitet.

Die Verlobten erklären, dass sie den Familiennamen des Mannes nicht zum Ehenamen bestimmen
wollen; jeder führt seinen bisherigen Namen weiter. Als Termin der Eheschließung ist
vorgemerkt: Freitag, 29. Mai 2026, 11:00 Uhr, Trauzimmer im Rathaus Fischmarkt.

v. g. u.

[[P:Tesfay Gebremedhin Kidane]]          [[P:Semhar Tekle Habte]]          [[P:Yonas Berhane]] (Dolmetscher)

[[P:Baumbach]], Standesbeamtin
""",
    keep=[
        "Bürgermeister-Wagner-Straße 1, 99084 Erfurt",
        "§ 1309 Abs. 2 BGB",
        "Thüringer Oberlandesgerichts",
        "29. Mai 2026, 11:00 Uhr",
        "Rathaus Fischmarkt",
    ],
)

pii(
    "letter",
    """
Landeshauptstadt Magdeburg
Fachbereich Bürgerservice und Ordnung – Ausländerbehörde
Breiter Weg 222, 39104 Magdeburg

Herrn
[[P:Oleksandr Kovalenko]]
c/o Familie [[P:Brandt]]
[[STR:Halberstädter Straße 12, Hinterhaus]]
[[STR:39112 Magdeburg]]

Geschäftszeichen: [[AZ:32.2-UKR-4419/22]]
Magdeburg, 12.02.2026

Verlängerung Ihrer Aufenthaltserlaubnis nach § 24 AufenthG

Sehr geehrter Herr [[P:Kovalenko]],

Ihre Aufenthaltserlaubnis (elektronischer Aufenthaltstitel Nr. [[ID:Y4NH29CTP]]) ist nach der
Ukraine-Aufenthaltserlaubnis-Fortgeltungsverordnung bis zum 04.03.2027 verlängert. Für die
Übertragung in ein neues Kartendokument bitten wir Sie, einen Termin über das Online-Portal zu
vereinbaren und folgende Unterlagen mitzubringen:

- gültiger Reisepass (Ihr Pass Nr. [[PASS:FX482913]] läuft am 19.06.2026 ab),
- ein biometrisches Lichtbild,
- Nachweis über den Wohnsitz (Wohnungsgeberbestätigung von Herrn [[P:Uwe Brandt]]).

Ihre Personalien lt. Register:
Name: [[P:KOVALENKO]] / [[P:КОВАЛЕНКО]]
Vorname: [[P:OLEKSANDR]] / [[P:ОЛЕКСАНДР]]
Geburtsdatum: [[DOB:1979-03-12]]
Geburtsort: [[LOC:Tscherkassy]]

Die Ehefrau, Frau [[P:Nataliia Kovalenko]], und der Sohn [[P:Maksym]] erhalten gesonderte
Schreiben.

Mit freundlichen Grüßen
Im Auftrag
[[P:Schenk]]
""",
    keep=[
        "Breiter Weg 222, 39104 Magdeburg",
        "§ 24 AufenthG",
        "04.03.2027",
        "biometrisches Lichtbild",
        "Online-Portal",
    ],
)

pii(
    "form",
    """
Antrag auf Elterngeld – Stadt Heidelberg, Elterngeldstelle (Auszug, Seiten 1 und 4)

Abschnitt 1 – Angaben zum Kind
Vorname(n): [[P:Jonathan Emil]]
Familienname: [[P:Bergmann-Öztürk]]
Geburtsdatum: [[DOB:21.01.2026]]
Mehrlingsgeburt: nein          Frühgeburt: nein

Abschnitt 2 – Angaben zum Elternteil 1
Familienname, Vorname: [[P:Bergmann-Öztürk, Anna-Lena]]
geb. am: [[DOB:08.05.1992]]
Anschrift: [[STR:Bergheimer Straße 147, 69115 Heidelberg]]
Steuer-Identifikationsnummer: [[TAX:21 827 325 945]]
Telefon (tagsüber): [[TEL:06221 / 43 90 17]]
E-Mail: [[MAIL:annalena.bergmann@posteo.de]]

Abschnitt 3 – Angaben zum Elternteil 2
Familienname, Vorname: [[P:Öztürk, Deniz]]
geb. am: [[DOB:17.10.1989]]
Steuer-Identifikationsnummer: [[TAX:35016074020]]
Anschrift: wie Elternteil 1

Abschnitt 9 – Bankverbindung
Kontoinhaber/in: [[P:Anna-Lena Bergmann-Öztürk]]
IBAN: [[IBAN:DE59 6605 0101 2600 4697 79]]
BIC: KARSDE66XXX

Bezugszeitraum Elternteil 1: 1. bis 12. Lebensmonat (Basiselterngeld)
Bezugszeitraum Elternteil 2: 13. und 14. Lebensmonat (Basiselterngeld)

Ich versichere, dass die Angaben vollständig und richtig sind (§ 60 SGB I).
Heidelberg, 02.03.2026      Unterschrift: [[P:A.-L. Bergmann-Öztürk]]
""",
    keep=[
        "Abschnitt 1 – Angaben zum Kind",
        "Mehrlingsgeburt",
        "KARSDE66XXX",
        "§ 60 SGB I",
        "Basiselterngeld",
    ],
)

pii(
    "letter",
    """
[[P:Ronny Pietzsch]]
[[STR:Postfach 31 04 12]]
[[STR:06033 Halle (Saale)]]
Tel. [[TEL:+49 (0)345 6 82 19 40]]

Stadt Halle (Saale)
Fachbereich Soziales – Grundsicherung
Südpromenade 30
06128 Halle (Saale)

Halle, den 27.02.2026

Ihr Zeichen: [[AZ:50.3-GS-2201/19]]
Hier: Rentenbescheid und Weiterbewilligung

Sehr geehrte Damen und Herren,

anbei übersende ich Ihnen den Bescheid der Deutschen Rentenversicherung Mitteldeutschland vom
10.02.2026 über die Rente wegen voller Erwerbsminderung (Versicherungsnummer
[[RV:65 120385 M 502]]). Die Rente ist bis zum 31.03.2028 befristet und beträgt ab 01.03.2026
monatlich 812,33 € netto.

Bitte berechnen Sie meine ergänzende Grundsicherung nach dem Vierten Kapitel SGB XII neu. Da
ich zurzeit keine feste Wohnanschrift habe (ich wohne übergangsweise bei meinem Bruder
[[P:Enrico Pietzsch]] in [[LOC:Merseburg]]), bitte ich, die Post weiterhin an mein Postfach zu
schicken.

Die Krankenkasse ist die AOK Sachsen-Anhalt, Versichertennummer [[AZ:P118204735]].

Mit freundlichen Grüßen

[[P:Ronny Pietzsch]]

Anlagen:
Rentenbescheid (6 Seiten)
Kontoauszüge Januar und Februar 2026
""",
    keep=[
        "Südpromenade 30",
        "Vierten Kapitel SGB XII",
        "Anlagen:",
        "812,33 €",
        "Deutschen Rentenversicherung Mitteldeutschland",
    ],
)

pii(
    "letter",
    """
Stadt Mainz – Verkehrsüberwachung, Bußgeldstelle
Postfach 38 20, 55028 Mainz

Herrn
[[P:Jonas Winter]]
[[STR:Am Gonsenheimer Spieß 9]]
[[STR:55122 Mainz]]

Kassenzeichen: [[AZ:2.1450.338812.7]]
Bitte bei Zahlung unbedingt angeben.

Anhörung im Bußgeldverfahren

Sehr geehrter Herr [[P:Jonas Winter]],

Ihnen wird vorgeworfen, am 14.01.2026 um 07:48 Uhr in Mainz, Kaiserstraße 46, als Führer des
Pkw mit dem amtlichen Kennzeichen [[KFZ:MZ-JW 312]] mit Sommerreifen bei Glätte gefahren zu sein
(§ 2 Abs. 3a StVO, § 49 StVO, § 24 StVG). Der Bußgeldkatalog sieht hierfür ein Verwarnungsgeld
von 60,00 EUR und einen Punkt im Fahreignungsregister vor.

Sie haben Gelegenheit, sich bis zum 20.03.2026 zu äußern. Sie sind nicht verpflichtet, sich zur
Sache zu äußern. Angaben zur Person (Name, Anschrift, Geburtsdatum) sind jedoch Pflicht.

Hinweis: Im Winter ist nach § 2 Abs. 3a StVO bei Glatteis, Schneeglätte, Schneematsch,
Eis- oder Reifglätte nur mit Reifen zu fahren, die das Alpine-Symbol tragen. Das gilt auch,
wenn das Fahrzeug nur selten bewegt wird.

Falls Sie nicht selbst gefahren sind, nennen Sie uns bitte die verantwortliche Person.

Mit freundlichen Grüßen
Im Auftrag
[[P:D. Grünewald]]
""",
    keep=[
        "Postfach 38 20, 55028 Mainz",
        "Kaiserstraße 46",
        "§ 2 Abs. 3a StVO",
        "60,00 EUR",
        "20.03.2026",
    ],
    allow=("Winter",),
)

pii(
    "email",
    """
Von: [[P:Petra Fuchs]] <[[MAIL:p.fuchs@haste-online.de]]>
An: umweltamt@osnabrueck.de
Betreff: Fuchs im Garten / Tollwut?

Guten Tag,

bei uns im Garten ([[STR:Bramstraße 52, 49090 Osnabrück]]) ist seit einer Woche jede Nacht ein
Fuchs unterwegs, heute morgen lag er sogar auf der Terrasse und hat sich kaum bewegt. Wir haben
zwei kleine Kinder und eine Katze. Ist das gefährlich? Muss der Fuchs abgeholt werden oder
kommt da jemand vom Jagdpächter?

Ich habe ein Foto angehängt. Sie erreichen mich tagsüber unter [[TEL:0541 / 12 04 88]] oder
mobil [[TEL:0160-95 31 22 7]].

Viele Grüße
[[P:Petra Fuchs]]
""",
    keep=["umweltamt@osnabrueck.de", "Tollwut", "Jagdpächter", "Ich habe ein Foto angehängt."],
    allow=("Fuchs",),
)

pii(
    "notice",
    """
Stadt Regensburg – Bauordnungsamt
D.-Martin-Luther-Straße 1, 93047 Regensburg

Bauantrag Nr. [[AZ:BA-2026-0387]]
Vorhaben: Neubau eines Einfamilienhauses mit Carport, Abbruch einer Feldscheune
Bauherr: Herr [[P:Matthias Vogel]], [[STR:Ziegetsdorfer Straße 70, 93051 Regensburg]]
Entwurfsverfasserin: Dipl.-Ing. (FH) [[P:Sophie Brandl]], Architektin,
Tel. [[TEL:0941 / 5 99 28 31]], [[MAIL:brandl@architektur-brandl.de]]

Sammelstellungnahme der beteiligten Fachstellen (Auszug)

1. Untere Naturschutzbehörde
In der Feldscheune befinden sich mehrere Nester der Rauchschwalbe. Der Abbruch ist nur
außerhalb der Brutzeit, also nicht vom 1. März bis 30. September, zulässig (§ 39 Abs. 5
BNatSchG). Unmittelbar vor dem Abbruch hat eine fachkundige Person zu bestätigen, dass kein
Vogel mehr in der Scheune brütet. Für jedes entfallende Nest sind zwei Kunstnester an dem
neuen Carport anzubringen.

2. Tiefbauamt
Die Zufahrt über den Grünstreifen ist mit höchstens 4,50 m Breite zulässig. Gesonderte
Sondernutzungserlaubnis erforderlich.

3. Stadtplanungsamt
Das Vorhaben liegt im Geltungsbereich des Bebauungsplans Nr. 214 „Ziegetsdorf-Süd“. Die
festgesetzte Firsthöhe von 9,00 m wird eingehalten.

Weiteres Vorgehen: Herr [[P:M. Vogel]] wird gebeten, den Bauzeitenplan bis 15.04.2026 nachzureichen.
Bearbeiter: [[P:Kühnlein]], Zimmer 3.08, Durchwahl [[TEL:0941 507-1634]]
""",
    keep=[
        "D.-Martin-Luther-Straße 1",
        "§ 39 Abs. 5",
        "Bebauungsplans Nr. 214",
        "Zimmer 3.08",
        "4,50 m",
    ],
    allow=("Vogel",),
)

pii(
    "file_note",
    """
Bezirksamt Lichtenberg von Berlin – Amt für Soziales
Aktenvermerk über eine Vorsprache am 04.03.2026, 10:00 – 10:50 Uhr
Geschäftszeichen: [[AZ:Soz 2-AsylbLG-77120]]

Anwesend:
Frau [[P:Nguyễn Thị Thu Hà]] (Antragstellerin)
Herr [[P:Trần Văn Minh]] (Ehemann)
Frau [[P:Lê]] (Sprachmittlerin Vietnamesisch, Gemeindedolmetschdienst)
[[P:R. Haase]] (Sachbearbeitung)

Anlass: Umzug der Familie aus der Gemeinschaftsunterkunft in eine eigene Wohnung.

Die Familie hat ein Wohnungsangebot für [[STR:Frankfurter Allee 241, Whg. 0.3, 10365 Berlin]]
(2 Zimmer, 54,3 m², Bruttokaltmiete 498,00 €). Die Miete liegt unter dem Richtwert der AV-Wohnen
für einen 3-Personen-Haushalt. Mietangebot und Grundriss wurden vorgelegt.

Frau [[P:Nguyễn]] berichtet, dass die Tochter [[P:Trần Bảo Ngọc]] (geb. [[DOB:11.11.2019]]) ab
August eingeschult werden soll; die Anmeldung an der Grundschule im Einzugsgebiet sei bereits
erfolgt. Herr [[P:Trần]] hat eine Zusage für eine Teilzeitstelle in einem Restaurant,
voraussichtlich ab 01.04.2026. Die Familie stammt aus [[LOC:Hải Phòng]].

Erreichbarkeit: Handy Herr [[P:Trần]] [[TEL:+49 1522 4 81 90 37]]

Vereinbart:
- Zusicherung der Mietübernahme nach § 3 AsylbLG wird bis 11.03.2026 erteilt
- Erstausstattung (Möbel, Haushaltsgeräte) ist gesondert zu beantragen
- Nächster Termin nach Einzug zur Vorlage des Mietvertrags

gez. [[P:Haase]]
""",
    keep=["AV-Wohnen", "§ 3 AsylbLG", "10:00 – 10:50 Uhr", "Erstausstattung", "54,3 m²"],
)

pii(
    "email",
    """
From: [[P:Carmen García López]] <[[MAIL:carmen.garcia.lopez@gmx.net]]>
To: schulverwaltung@stadt-chemnitz.de
Cc: [[MAIL:tilo.schubert@t-online.de]]
Date: 26.01.2026 08:17
Subject: Schulanmeldung [[P:Mateo García Schubert]] – Einschulung 2026/27

Sehr geehrte Damen und Herren,

wir möchten unseren Sohn [[P:Mateo García Schubert]], Geburtsdatum: [[DOB:30.09.2020]], für das
Schuljahr 2026/27 anmelden. Laut Schulbezirkssatzung ist für unsere Adresse
([[STR:Zschopauer Straße 216, 09126 Chemnitz]]) die Grundschule am Sonnenberg zuständig. [[P:Mateos]]
großer Bruder [[P:Lucas]] besucht allerdings die Grundschule am Schlossteich, und wir würden
gerne beide Kinder an einer Schule haben. Ist ein Antrag auf Gastschulbesuch möglich und bis
wann muss er gestellt werden?

Die Kita-Bescheinigung der Kita „Waldwichtel“ hängt an. Mein Mann, [[P:Tilo Schubert]], ist in
Kopie; Sie erreichen ihn unter [[TEL:0371 / 33 52 10 9]], mich unter [[TEL:0152 08 47 19 63]].

Muchas gracias und freundliche Grüße
[[P:Carmen García López]]
""",
    keep=[
        "schulverwaltung@stadt-chemnitz.de",
        "Schuljahr 2026/27",
        "Schulbezirkssatzung",
        "Grundschule am Schlossteich",
        "Gastschulbesuch",
    ],
)

pii(
    "memo",
    """
Stadt Würzburg – Fachbereich Personal und Organisation
Personalsachbearbeitung Team 2

Vermerk zur Personalakte – Änderung der Stammdaten
Personalnummer: [[AZ:0047-2231]]

Beschäftigte: Frau [[P:Franziska Kerscher]], Verwaltungsfachangestellte, EG 8 Stufe 4 TVöD,
Fachbereich Bürgerdienste, Sachgebiet Kfz-Zulassung

Mit Schreiben vom 23.02.2026 teilt Frau [[P:Kerscher]] folgende Änderungen mit:

1. Anschrift
   bisher: [[STR:Frankfurter Straße 33, 97082 Würzburg]]
   neu ab 01.03.2026: [[STR:Rottendorfer Straße 12 b, 1. Stock, 97074 Würzburg]]

2. Bankverbindung für die Entgeltzahlung
   neu: IBAN [[IBAN:DE80 7605 0101 4463 9042 56]], Kontoinhaberin ist die Beschäftigte.

3. Steuerliche Merkmale
   Steuer-ID [[TAX:93714577623]] unverändert; Steuerklasse ab 01.03.2026 IV (Heirat am
   13.02.2026). Der Ehename bleibt [[P:Kerscher]].

Zur Kontrolle mit dem Datenbestand abgeglichen:
   geboren am [[DOB:29. Juli 1976]] in [[LOC:Kitzingen]]
   Rentenversicherungsnummer [[RV:53 290776 K 510]]
   Krankenkasse: Barmer

Veranlasst: Änderungen im Abrechnungssystem (Version 24.2) zum Abrechnungsmonat März 2026
erfasst; Mitteilung an die Zusatzversorgungskasse nicht erforderlich.

Würzburg, 26.02.2026
[[P:Feineis]]
""",
    keep=["EG 8 Stufe 4 TVöD", "Team 2", "Version 24.2", "Zusatzversorgungskasse", "Steuerklasse"],
)

pii(
    "email",
    """
From: [[P:Eleanor Whitfield]] <[[MAIL:eleanor.whitfield@btinternet.com]]>
To: bussgeldstelle@konstanz.de
Subject: Parking fine reference [[AZ:VG 2026/118 204]] – rental car

Dear Sir or Madam,

I received your letter dated 2 February 2026 via the rental company regarding a parking
offence in Konstanz on 28 December 2025 (Marktstätte, 14:05). The vehicle, registration
[[KFZ:KN-RA 4410]], was rented by me during a short holiday at Lake Constance.

I accept the fine of 30 euros but I am unable to pay by German bank transfer from the UK
without high charges. Could you please tell me whether payment by credit card is possible?

My details:
Name: [[P:Eleanor Margaret Whitfield]]
Date of birth: [[DOB:14/02/1968]]
Address: [[STR:48 Harcourt Terrace, Brighton BN2 1JE]], United Kingdom
Phone: [[TEL:+44 7700 900 461]]

Thank you in advance.

Kind regards,
[[P:Eleanor Whitfield]]

----
Interner Vermerk Bußgeldstelle, 09.02.2026: Zahlung per Kreditkarte über ePayBL möglich,
Link versandt. Vorgang auf Wiedervorlage 09.03.2026. – [[P:jbr]]
""",
    keep=[
        "bussgeldstelle@konstanz.de",
        "Marktstätte, 14:05",
        "30 euros",
        "ePayBL",
        "Wiedervorlage 09.03.2026",
    ],
)

pii(
    "email",
    """
Von: [[MAIL:hp.albrecht@usa-mail.example.com]]
An: buergerberatung@bielefeld.de
Gesendet: Dienstag, 3. März 2026 02:44
Betreff: Meldebescheinigung für Rentenantrag (Ausland)

Sehr geehrte Damen und Herren,

ich lebe seit 1987 in den USA und stelle jetzt meinen Rentenantrag bei der Deutschen
Rentenversicherung (Versicherungsnummer [[RV:12 140251 A 014]]). Dafür brauche ich eine
Bescheinigung über meine früheren Wohnsitze in [[LOC:Bielefeld]], soweit noch im Melderegister oder
im Archiv vorhanden. Ich habe dort von 1951 bis 1979 bei meinen Eltern gewohnt, zuletzt in der
[[STR:Stapenhorststraße 94]], danach bis 1987 in [[STR:Heepen, Alter Postweg 31]].

Meine Daten:
[[P:Hans-Peter Albrecht]], geb. [[DOB:14.02.1951]] in [[LOC:Bielefeld]]
[[STR:1458 Maple Avenue, Apt. 3B, Madison, WI 53703]], USA
Tel. [[TEL:+1 (608) 555-0143]] (bitte Zeitverschiebung beachten, 7 Stunden)

Eine Kopie meines deutschen Reisepasses (Nr. [[PASS:C4J7RT9XF]]) füge ich bei. Die Gebühr
kann ich gerne per Kreditkarte bezahlen.

Mit freundlichen Grüßen aus [[LOC:Wisconsin]]
[[P:Hans-Peter Albrecht]]
""",
    keep=[
        "buergerberatung@bielefeld.de",
        "3. März 2026 02:44",
        "7 Stunden",
        "Melderegister",
        "Deutschen\nRentenversicherung",
    ],
)

pii(
    "letter",
    """
Stadt Offenbach am Main
Friedhofsverwaltung
Mühlheimer Straße 327
63075 Offenbach am Main

Sayın
Herrn [[P:Mehmet Aydın]]
[[STR:Atatürk Cad. No: 12 D: 4]]
[[STR:34710 Kadıköy/İstanbul]]
TÜRKEI

Grabstelle: Neuer Friedhof, Feld 21, Reihe 4, Nr. 7
Unser Zeichen: [[AZ:FV-2025-1173]]

Erstattung von Grabnutzungsgebühren

Sehr geehrter Herr [[P:Aydın]],

nach dem Tod Ihres Vaters, Herrn [[P:Hüseyin Aydın]] (* [[DOB:01.07.1944]], † 19.11.2025), haben
Sie am 08.12.2025 die Überführung und Beisetzung in [[LOC:Rize]] veranlasst. Die bereits für die
Wahlgrabstätte gezahlte Nutzungsgebühr für 25 Jahre (1.850,00 €) wird anteilig erstattet, da
das Nutzungsrecht vor der ersten Belegung zurückgegeben wurde (§ 14 Abs. 4 der
Friedhofsgebührensatzung). Der Erstattungsbetrag beträgt nach Abzug der Verwaltungsgebühr von
85,00 € insgesamt 1.765,00 €.

Wir überweisen den Betrag auf das von Ihnen angegebene Konto bei der Ziraat Bankası:
IBAN [[IBAN:TR25 0000 6030 1185 9818 5561 87]], Kontoinhaber [[P:Mehmet Aydın]].

Bitte beachten Sie, dass Ihre Bank Gebühren für den Eingang von Auslandsüberweisungen erheben
kann. Für Rückfragen erreichen Sie uns unter +49 69 8065-2590 oder friedhof@offenbach.de.

Mit freundlichen Grüßen
Im Auftrag
[[P:Schäfer-Dietz]]
""",
    keep=[
        "Mühlheimer Straße 327",
        "Feld 21, Reihe 4, Nr. 7",
        "§ 14 Abs. 4",
        "+49 69 8065-2590",
        "friedhof@offenbach.de",
    ],
)

pii(
    "chat",
    """
Direktnachricht an @hansestadt.luebeck (Social-Media-Team), Mi 18:47

[[P:lenasophie.hl]]: moin 🙂 hier ist die [[P:lena-sophie]], ich war gestern im bürgeramt am
mühlentor wegen meinem führerschein (umschreibung). ich glaub ich hab da meinen
schülerausweis und mein handy-ladekabel liegen lassen 🙈 platz 4 glaub ich

Stadt Lübeck: Hallo und danke für deine Nachricht! Fundsachen aus den Bürgerämtern gehen
nach 3 Tagen ans Fundbüro. Schick uns bitte deinen vollen Namen und eine Telefonnummer, dann
fragen wir nach.

[[P:lenasophie.hl]]: [[P:lena-sophie brandes]], [[TEL:0049-451-3 90 88 21]] (ist das festnetz
von meinen eltern, handy ist leer lol)

Stadt Lübeck: Danke! Im Bürgeramt Mühlentor liegt ein Schülerausweis auf den Namen
[[P:Lena-Sophie Brandes]] mit Geburtsdatum [[DOB:22.08.2009]]. Du kannst ihn zu den
Öffnungszeiten (Mo–Fr 8–12 Uhr) am Empfang abholen, bitte mit Lichtbildausweis. Ein
Ladekabel ist leider nicht abgegeben worden.

[[P:lenasophie.hl]]: okay super dankeee
""",
    keep=["@hansestadt.luebeck", "Bürgeramt Mühlentor", "Mo–Fr 8–12 Uhr", "Fundbüro", "platz 4"],
)

pii(
    "ocr",
    """
STADT RADOLFZELL AM BODENSEE - BÜRGERBÜRO
ANTRAG AUF ERTEILUNG EINES FISCHEREISCHEINS      EINGANG: 17. FEB. 2026
[SCAN / TEXTERKENNUNG - ZEICHEN TEILWEISE UNSICHER]

NAME, VORNAME: [[P:VON BODMAN, KONSTANTIN]]
GEBURTSDATUM: [[DOB:3O.06.1991]]          GEBURTSORT: [[LOC:ÜBERLINGEN]]
ANSCHRIFT: [[STR:SCHLOSSBERG 4, 78351 BODMAN-LUDWIGSHAFEN]]
TELEFON: [[TEL:0 77 73 / 9 38 O2 14]]

ART DES SCHEINS: [X] ZEHN JAHRE   [ ] JUGENDFISCHEREISCHEIN   [ ] FERIENFISCHEREISCHEIN
FISCHERPRÜFUNG ABGELEGT AM: 11.1O.2025 BEI: LANDESFISCHEREIVERBAND BADEN-WÜRTTEMBERG
PRÜFUNGSZEUGNIS NR.: [[AZ:LFV-BW 25/44718]]

GEBÜHR: 45,00 EUR  [X] BAR  [ ] EC

ICH VERSICHERE DIE RICHTIGKEIT MEINER ANGABEN.
UNTERSCHRIFT: [[P:K. v. BODMAN]]

-- ERSTELLT VON: [[P:KONSTANTIN VON BODMAN]] --
FISCHEREISCHEIN AUSGEGEBEN AM 17.02.2026, NR. [[AZ:RZ-FS-2026-0031]] - [[P:WE]]
""",
    keep=[
        "ANTRAG AUF ERTEILUNG EINES FISCHEREISCHEINS",
        "LANDESFISCHEREIVERBAND BADEN-WÜRTTEMBERG",
        "45,00 EUR",
        "JUGENDFISCHEREISCHEIN",
        "ZEICHEN TEILWEISE UNSICHER",
    ],
)

pii(
    "phone_note",
    """
Stadt Göttingen, Fachdienst Umwelt – Telefonnotiz 05.03.2026, 11:10

Anrufer: Hr. [[P:Tobias Bauer]], [[STR:Am Kreuze 14, 37085 Göttingen]], Tel. [[TEL:0551 / 7 90 33 41]]
Anliegen: starker Güllegeruch seit drei Tagen. Der Bauer vom Nachbarhof (Landwirt, Betrieb am
Ortsrand) fährt laut Hr. [[P:T. Bauer]] auch sonntags und bei Frost aus.
Hinweis an Anrufer: Ausbringung auf gefrorenem Boden nach § 5 DüV unzulässig; Weitergabe an
Landwirtschaftskammer, Bezirksstelle Northeim. Rückmeldung an Hr. [[P:T. Bauer]] zugesagt.
– [[P:Ke]]
""",
    keep=["§ 5 DüV", "Landwirtschaftskammer", "05.03.2026, 11:10", "Bezirksstelle Northeim"],
    allow=("Bauer",),
)

pii(
    "form",
    """
Stadt Köln – Amt für Straßen und Verkehrsentwicklung
Bewohnerparkausweis – Antrag (Online-Formular, Eingangsbestätigung)
Dienststelle: Kaiser-Wilhelm-Ring 2-4, 50672 Köln

Vorgangsnummer:         [[AZ:BPA-2026-K-0098213]]
Bewohnerparkgebiet:     Zone 9 (Belgisches Viertel)

Antragstellerin
Name:                   [[P:Sabine Kaiser]]
Anschrift:              [[STR:Brüsseler Straße 61, Whg. 12, 50674 Köln]]
Geburtsdatum:           [[DOB:1984-11-02]]
E-Mail:                 [[MAIL:sabine.kaiser@netcologne.de]]
Telefon:                [[TEL:+49 (0)221 51 88 04]]

Fahrzeug
Kennzeichen:            [[KFZ:K-SK 2204]]
Halterin:               Antragstellerin
Fahrzeugart:            Pkw (Kombi)

Gebühr: 100,00 EUR für 12 Monate (Gebührenordnung für das Parken von Bewohnern, Stand 2024)

Bemerkungen der Antragstellerin:
Der Wagen ist auf meine Firma angemeldet? – Nein, privat. Ich arbeite im Kaiser-Wilhelm-Ring
und fahre nur am Wochenende.

Prüfvermerk: Hauptwohnsitz lt. Melderegister bestätigt. Ausweis gültig bis 28.02.2027.
""",
    keep=[
        "Kaiser-Wilhelm-Ring 2-4, 50672 Köln",
        "Zone 9",
        "100,00 EUR",
        "Bemerkungen der Antragstellerin",
        "Stand 2024",
    ],
    allow=("Kaiser",),
)

pii(
    "letter",
    """
[[P:Jörg Schmied]]
Kunstschmiede & Metallgestaltung
[[STR:Hohe Straße 8]]
[[STR:06485 Quedlinburg OT Gernrode]]
Tel. [[TEL:(0 39 46) 9 12 88]]

An die Welterbestadt Quedlinburg
Fachbereich Ordnung – Märkte
Markt 1
06484 Quedlinburg

Quedlinburg, 20.01.2026

Bewerbung um einen Standplatz beim Kaiserfrühling 2026 (Pfingsten)

Sehr geehrte Damen und Herren,

hiermit bewerbe ich mich wie in den Vorjahren um einen Standplatz mit Schauvorführung. Ich
trete in historischer Kleidung als mittelalterlicher Schmied auf und zeige an einer mobilen
Esse das Schmieden von Nägeln, Haken und Messern. Der Schmied braucht dafür eine Fläche von
6 x 4 m mit Abstand zu Zelten (Funkenflug), einen Wasseranschluss ist nicht erforderlich.

Verkauft werden Kleinteile aus eigener Herstellung (Preis bis 40,00 €). Meine Betriebshaftpflicht
läuft über die Handwerker-Versicherung, Police-Nr. [[AZ:HV-77-01928834]].

Für Rückfragen erreichen Sie mich am besten mobil unter [[TEL:0172 / 6 01 27 99]].

Mit freundlichen Grüßen

[[P:Jörg Schmied]]
""",
    keep=["Markt 1", "Kaiserfrühling 2026", "6 x 4 m", "Funkenflug", "40,00 €"],
    allow=("Schmied",),
)

pii(
    "letter",
    """
Stadt Potsdam – Fachbereich Gesundheit
Amtsärztlicher Dienst

An
Frau Dr. med. [[P:Ute Lange]]
Fachärztin für Allgemeinmedizin
[[STR:Zeppelinstraße 131]]
[[STR:14471 Potsdam]]

Ihr Schreiben vom 12.02.2026 – Attest für Frau [[P:Helga Frenzel]]
Unser Zeichen: [[AZ:53.2-AÄD-2026-0412]]

Sehr geehrte Frau Kollegin [[P:Ute Lange]],

vielen Dank für Ihr Schreiben zur Dienstfähigkeit Ihrer Patientin, Frau [[P:Helga Frenzel]]
(geb. [[DOB:3.4.65]]). Für die amtsärztliche Untersuchung nach § 44 BbgBG benötigen wir noch den
Entlassungsbericht der Reha-Klinik. Lange Wartezeiten für die Untersuchung entstehen derzeit
nicht; ein Termin wäre ab dem 16.03.2026 möglich.

Bitte teilen Sie Frau [[P:Frenzel]] mit, dass sie sich direkt unter der Servicenummer
0331 289-2380 melden kann.

Mit kollegialen Grüßen
Dr. [[P:M. Okafor]]
Amtsärztin
""",
    keep=[
        "§ 44 BbgBG",
        "0331 289-2380",
        "Entlassungsbericht der Reha-Klinik",
        "16.03.2026",
        "Amtsärztlicher Dienst",
    ],
    allow=("Lange",),
)

pii(
    "letter",
    """
[[P:Horst Klein]] – Trinkhalle am Segeroth
[[STR:Segerothstraße 66, 45141 Essen]]
Steuernummer [[TAX:5112081512345]]

Stadt Essen
Stadtsteueramt – Gewerbesteuer
Rathaus, Porscheplatz 1
45127 Essen

Essen, 02.03.2026

Gewerbesteuer-Vorauszahlungen 2026 – Antrag auf Herabsetzung und Stundung
Ihr Bescheid vom 10.02.2026, Kassenzeichen [[AZ:1.23.0441.9872-1]]

Sehr geehrte Damen und Herren,

mit dem o. g. Bescheid wurden die Vorauszahlungen für 2026 auf vierteljährlich 1.150,00 €
festgesetzt. Grundlage war offenbar das Jahr 2023, in dem ich noch den Lottoschalter hatte.
Seit Mai 2025 ist die Lottoannahme weg und der Umsatz um fast die Hälfte gesunken
(BWA anbei). Ich beantrage daher, die Vorauszahlungen auf 0,00 € herabzusetzen, hilfsweise die
Rate zum 15.02.2026 bis zur Entscheidung zu stunden.

Die Stadt wirbt ja immer mit der Förderung für Klein- und Kleinstbetriebe im Stadtteil – ich
wäre froh, wenn das auch beim Steueramt gilt.

Telefonisch bin ich unter [[TEL:0201 / 32 77 58]] zu erreichen (Kiosk, bis 22 Uhr).

Mit freundlichen Grüßen
[[P:H. Klein]]

Anlagen
BWA 01–12/2025
Kündigung des Annahmestellenvertrags
""",
    keep=[
        "Porscheplatz 1",
        "1.150,00 €",
        "Klein- und Kleinstbetriebe",
        "BWA 01–12/2025",
        "Anlagen",
    ],
    allow=("Klein",),
)

pii(
    "form",
    """
Landeshauptstadt Schwerin – Standesamt
Sterbefallanzeige (Eingang über Bestattungshaus, Erfassung durch Standesamt)

Beurkundung Nr.: [[AZ:S 2026/0317]]

Angaben zur verstorbenen Person
Familienname:                [[P:Marquardt]]
Geburtsname:                 [[P:Sievers]]
Vornamen:                    [[P:Gertrud Hildegard]]
geboren am:                  [[DOB:3. April 1935]] in [[LOC:Parchim]]
letzter Wohnsitz:            [[STR:Seniorenresidenz am Pfaffenteich, Arsenalstraße 9, App. 214, 19053 Schwerin]]
Familienstand:               verwitwet seit 2011
Sterbezeitpunkt:             01.03.2026, 04:15 Uhr
Sterbeort:                   Helios Kliniken Schwerin, Wismarsche Straße 393–397

Anzeigende Person
Name:                        [[P:Birte Marquardt-Lüth]] (Tochter)
Anschrift:                   [[STR:Lindenstraße 4, 19205 Gadebusch]]
Telefon:                     [[TEL:03886 / 71 22 40]]

Beauftragtes Bestattungsunternehmen: Bestattungshaus Schwerin-Mitte GmbH,
Obotritenring 41, 19053 Schwerin, Tel. 0385 5 55 66-0

Beigefügt: Todesbescheinigung (nichtvertraulicher Teil), Heiratsurkunde, Sterbeurkunde des
Ehemannes [[P:Werner Marquardt]]
""",
    keep=[
        "Wismarsche Straße 393–397",
        "Obotritenring 41, 19053 Schwerin",
        "0385 5 55 66-0",
        "nichtvertraulicher Teil",
        "04:15 Uhr",
    ],
)

pii(
    "report",
    """
Stadt Bremerhaven – Magistrat, Rechtsamt / Versicherungsangelegenheiten
Schadenmeldung Kfz-Haftpflicht (städtischer Fuhrpark)

Interne Schadennummer: SN-2026-014  (Fuhrparkliste Fahrzeug Nr. 61)
Schadentag/-zeit: 26.02.2026, ca. 13:40 Uhr
Schadenort: Columbusstraße, Einmündung Hafenstraße, Bremerhaven

Städtisches Fahrzeug
amtl. Kennzeichen: HB-SB 1061 (Fahrzeug des Gartenbauamts, Pritschenwagen)
Fahrer: Herr [[P:Sven Dierks]], Gartenbauamt, dienstlich erreichbar unter [[TEL:0471 590-3217]]

Unfallgegner
Fahrer und Halter: Herr [[P:Grzegorz Nowak]]
Anschrift: [[STR:Lutherstraße 12, 27576 Bremerhaven]]
Telefon: [[TEL:0151 / 57 39 01 12]]
amtl. Kennzeichen: [[KFZ:HB-GN 447]]
Versicherer: HUK-COBURG, Versicherungsschein-Nr. [[AZ:830/441772-B-04]]

Schilderung (Angaben Herr [[P:Dierks]]):
Ich wollte nach rechts in die Hafenstraße abbiegen und musste wegen eines Radfahrers halten.
Das Fahrzeug von Herrn [[P:Nowak]] ist von hinten aufgefahren. Verletzt wurde niemand.
Zeugin: Frau [[P:Aylin Kaya]], [[STR:Rickmersstraße 40]], [[TEL:0176 22 90 48 51]]
Polizei vor Ort: ja, Vorgangsnummer der Polizei Bremerhaven [[AZ:2026-0226-1340-77]]

Schaden am städtischen Fahrzeug: Heckklappe und Anhängerkupplung, Kostenvoranschlag folgt.

Bremerhaven, 27.02.2026
[[P:S. Dierks]]
""",
    keep=["SN-2026-014", "Fahrzeug Nr. 61", "HB-SB 1061", "HUK-COBURG", "Kostenvoranschlag folgt"],
)

pii(
    "table",
    """
Stadt Oldenburg (Oldb) – Wahlamt
Kommunalwahl 13.09.2026 – Besetzung der Wahlvorstände, Stand 04.03.2026 (Auszug Bezirk 12)

Wahlbezirk | Wahlraum                              | Funktion     | Name                          | Telefon                  | E-Mail
12-01      | Grundschule Bümmerstede, Raum 1       | Vorsteher    | [[P:Rüdiger Harms]]           | [[TEL:0441 / 4 80 71 33]]     | [[MAIL:ruediger.harms@ewetel.net]]
12-01      | Grundschule Bümmerstede, Raum 1       | Stellv.      | [[P:Thi Mai Anh Pham]]        | [[TEL:0157 3 41 88 92 0]]     | [[MAIL:maianh.pham@gmail.com]]
12-01      | Grundschule Bümmerstede, Raum 1       | Schriftf.    | [[P:Janßen, Okke]]            | –                        | [[MAIL:okke.janssen@uni-oldenburg.de]]
12-02      | Kita Sandkruger Straße, Turnraum      | Vorsteherin  | [[P:Marie-Theres Lüdemann]]   | [[TEL:0441 9 99 20 17]]       | –
12-02      | Kita Sandkruger Straße, Turnraum      | Stellv.      | [[P:Wiebke Oltmanns-Gerdes]]  | [[TEL:+49 441 36 12 64]]      | [[MAIL:w.oltmanns@posteo.de]]
12-02      | Kita Sandkruger Straße, Turnraum      | Beisitzer    | [[P:Abdi Warsame]]            | [[TEL:0176 / 60 11 03 82]]    | –
12-03      | Sporthalle Kreyenbrück, Foyer         | Vorsteher    | N. N. (offen)                 | –                        | –

Bemerkungen:
Herr [[P:Harms]] ist erfahrener Vorsteher (seit 2011). Frau [[P:Pham]] benötigt eine Freistellung
ihres Arbeitgebers, Musterschreiben wurde versandt. Bezirk 12-03 noch unbesetzt – Nachfrage
über den Wahlhelferpool (wahlhelfer@stadt-oldenburg.de).
Erfrischungsgeld: 50,00 € Vorsteher/in, 40,00 € übrige Mitglieder.
""",
    keep=[
        "Grundschule Bümmerstede, Raum 1",
        "Bemerkungen:",
        "N. N. (offen)",
        "wahlhelfer@stadt-oldenburg.de",
        "Erfrischungsgeld: 50,00 €",
    ],
)

pii(
    "ticket",
    """
Servicedesk Bürgerportal – Stadt Karlsruhe
Anfrage #BP-88412   Kanal: Kontaktformular   Kategorie: Servicekonto / Anmeldung
Eingang: 08.03.2026 23:51

Absender: [[P:Maximilian Hartung]] <[[MAIL:uxkqm@student.kit.edu]]>
Benutzername Servicekonto: [[P:maxh_ka]]

Text:
Hallo, mein Servicekonto ist gesperrt, nachdem ich dreimal das falsche Passwort eingegeben
habe. Ich muss bis Freitag den Antrag auf Wohnberechtigungsschein abschicken. Können Sie das
Konto entsperren? Ich wohne im Studentenwohnheim, [[STR:Hans-Dickmann-Kolleg, Zimmer 314, Kaiserstraße 12, 76131 Karlsruhe]].

Systemdaten (automatisch angehängt):
Letzte Anmeldeversuche: 08.03.2026 23:42, 23:44, 23:47
Client-IP: [[IP:2a02:8108:1bc0:4e00:9d3c:22ff:fe10:7b41]]
Browser: Firefox 123.0 / Linux
Portalversion: 3.18.2

Bearbeitung ([[P:cw]], 09.03.2026 08:05):
Konto nach Identitätsprüfung entsperrt (Rückruf unter [[TEL:0176 / 43 21 09 87]], Abgleich
Geburtsdatum [[DOB:05.12.2004]]). Hinweis auf „Passwort vergessen“-Funktion gegeben.
Status: gelöst.
""",
    keep=[
        "#BP-88412",
        "Portalversion: 3.18.2",
        "Firefox 123.0",
        "23:42, 23:44, 23:47",
        "Wohnberechtigungsschein",
    ],
)

pii(
    "form",
    """
Stadt Paderborn – Jugendamt, Elternbeiträge Kindertagesbetreuung
SEPA-Lastschriftmandat

Gläubiger-Identifikationsnummer: DE27ZZZ00000047110
Mandatsreferenz: [[AZ:KT-ELB-2026-004471]]
Kassenzeichen: [[AZ:4.6600.1205.33]]

Ich ermächtige die Stadt Paderborn, Zahlungen von meinem Konto mittels Lastschrift
einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadt Paderborn auf
mein Konto gezogenen Lastschriften einzulösen.

Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung
des belasteten Betrages verlangen. Es gelten dabei die mit meinem Kreditinstitut vereinbarten
Bedingungen.

Kind:                       [[P:Ida Kampmann]], geb. [[DOB:17.06.2022]]
Einrichtung:                Städt. Kita Kaukenberg, Ü3-Gruppe ab 01.08.2025
Kontoinhaber/in:            [[P:Kampmann, Christoph]]
Anschrift:                  [[STR:Frankfurter Weg 28a, 33106 Paderborn]]
Kreditinstitut:             Sparkasse Paderborn-Detmold-Höxter
IBAN:                       [[IBAN:DE40 4405 0199 5670 3931 05]]

Paderborn, 14.02.2026       Unterschrift: [[P:C. Kampmann]]

Zahlungsart: wiederkehrende Zahlung, monatlich zum 15.
""",
    keep=[
        "DE27ZZZ00000047110",
        "acht Wochen",
        "Belastungsdatum",
        "Sparkasse Paderborn-Detmold-Höxter",
        "monatlich zum 15.",
    ],
)

pii(
    "file_note",
    """
Stadt Hagen – Einbürgerungsbehörde
Rathaus II, Berliner Platz 22, 58089 Hagen

Prüfvermerk zum Einbürgerungsantrag nach § 10 StAG
Az.: [[AZ:32/EB-2025-0961]]

Antragsteller:     [[P:Abdulrahman al-Rifai]] ([[P:عبد الرحمن الرفاعي]])
                   geb. [[DOB:01.01.1986]] in [[LOC:Aleppo]], syrischer Staatsangehöriger
                   Nationalpass Nr. [[PASS:N012658834]] (gültig bis 2027)
                   Niederlassungserlaubnis, eAT-Nr. [[ID:YM7G0FK21]]
Anschrift:         [[STR:Elberfelder Straße 81, 3. OG, 58095 Hagen]]
Miteinzubürgern:   Ehefrau [[P:Rasha Haddad]], geb. [[DOB:15.09.1990]] in [[LOC:Homs]];
                   Kinder [[P:Yusuf al-Rifai]] (geb. [[DOB:04.05.2016]]) und [[P:Lina al-Rifai]] (geb. [[DOB:21.10.2019]])

Prüfung der Voraussetzungen:
1. Aufenthaltsdauer: rechtmäßiger gewöhnlicher Aufenthalt seit 09/2015, erfüllt (5 Jahre).
2. Lebensunterhalt: unbefristete Vollzeitbeschäftigung als Lagerlogistiker seit 2019;
   kein Bezug von Leistungen nach SGB II/XII. Erfüllt.
3. Sprachkenntnisse: Zertifikat Deutsch B1 (telc), Zertifikats-Nr. [[AZ:B1-4471293]]; Frau
   [[P:Haddad]]: Deutsch-Test für Zuwanderer B1, Nr. [[AZ:DTZ-2023-118830]]. Erfüllt.
4. Einbürgerungstest vom 12.11.2025: 31 von 33 Punkten. Erfüllt.
5. Regelanfrage Verfassungsschutz (§ 37 Abs. 2 StAG): keine Erkenntnisse.
6. Bundeszentralregister: keine Eintragungen.

Hinweis: Nach dem seit 27.06.2024 geltenden Recht ist die Aufgabe der syrischen
Staatsangehörigkeit nicht mehr erforderlich.

Ergebnis: Einbürgerung von Herrn [[P:al-Rifai]] und Miteinbürgerung der Familie möglich;
Gebühr 255,00 € je Erwachsener, 51,00 € je Kind. Einbürgerungsfeier am 18.05.2026 vorgemerkt.

Hagen, 02.03.2026 – [[P:Brinkmann-Sayed]], Sachbearbeitung
""",
    keep=[
        "Berliner Platz 22, 58089 Hagen",
        "§ 10 StAG",
        "§ 37 Abs. 2 StAG",
        "31 von 33 Punkten",
        "255,00 €",
    ],
)

pii(
    "file_note",
    """
Stadt Cottbus/Chóśebuz – Jugendamt, Allgemeiner Sozialer Dienst (Sozialraum Nord)
Vermerk zum Hausbesuch am 03.03.2026, 15:30 – 16:45 Uhr
Fall-Nr.: [[AZ:ASD-CB-2024-0388]]

Beteiligte: KM [[P:Jacqueline Rösler]], KV [[P:Daniel W.]] (nicht anwesend), Kinder [[P:Leon]] (9 J.)
und [[P:Mia-Sophie]] (4 J.); Fachkräfte [[P:AS]] und [[P:M. K.]]
Anschrift: [[STR:Sielower Straße 39, 2. OG rechts, 03044 Cottbus]]

Anlass: Mitteilung der Regine-Hildebrandt-Grundschule vom 20.02.2026 (häufige Fehlzeiten von
[[P:Leon]], wiederholt ohne Frühstück und ohne wettergerechte Kleidung).

Beobachtungen: Die Wohnung (3 Zimmer) ist aufgeräumt, Kühlschrank ausreichend gefüllt. Im
Kinderzimmer fehlt für [[P:Mia-Sophie]] ein eigenes Bett, sie schläft bei der KM. KM wirkt
erschöpft, berichtet von Schichtarbeit im Einzelhandel (Spätschicht bis 21 Uhr) und fehlender
Unterstützung durch den KV, der seit Herbst in [[LOC:Senftenberg]] lebt. Die Großmutter
mütterlicherseits, Frau [[P:Rösler]] sen., betreut die Kinder an zwei Abenden.

[[P:Leon]] berichtet offen, dass er morgens oft allein aufsteht, weil die Mutter noch schläft.
Keine Hinweise auf körperliche Gewalt. Kinderärztliche Vorsorge U9 bei [[P:Mia-Sophie]] steht
aus (Praxis Dr. [[P:Nowka]]).

Vereinbarungen mit der KM:
- Antrag auf Hilfe zur Erziehung (§ 27 SGB VIII, Sozialpädagogische Familienhilfe) wird gestellt
- Termin U9 bis 31.03.2026, Nachweis an ASD
- Kontakt zur Schulsozialarbeit wird von [[P:AS]] hergestellt

KM erreichbar: [[TEL:0162 / 7 04 18 55]]
Nächster Termin: Fallberatung im Team am 10.03.2026.
[[P:AS]] / [[P:M. K.]]
""",
    keep=[
        "Regine-Hildebrandt-Grundschule",
        "§ 27 SGB VIII",
        "Sozialpädagogische Familienhilfe",
        "15:30 – 16:45 Uhr",
        "Fallberatung im Team",
    ],
)

pii(
    "email",
    """
Von: Malerbetrieb [[P:Stefan Koch]] e.K. <[[MAIL:info@maler-koch-trier.de]]>
An: gebaeudemanagement@trier.de
Betreff: AW: Angebot 2026-031 – Malerarbeiten Humboldt-Gymnasium, Räume 1.12 bis 1.16

Sehr geehrte Frau [[P:Thewes]],

vielen Dank für die Auftragserteilung (Ihre Bestellung BE-2026-00417). Wir beginnen wie
besprochen am 30.03.2026 mit den Räumen 1.12 bis 1.16 und sind voraussichtlich am 08.04.2026
fertig. Der Koch der Mensa hat uns gebeten, die Küche erst in den Sommerferien zu streichen,
damit der Essensbetrieb weiterlaufen kann; das Angebot für die Küche (Pos. 7–9) stellen wir
daher zurück.

Ansprechpartner vor Ort ist mein Geselle [[P:Kevin Thiel]], mobil [[TEL:0160 / 9 23 11 47]].
Den Schlüssel holen wir beim Hausmeister ab.

Mit freundlichen Grüßen

[[P:Stefan Koch]]
Malermeister

Malerbetrieb [[P:Stefan Koch]] e.K.
[[STR:Zurmaiener Straße 108]] · [[STR:54292 Trier]]
Tel. [[TEL:0651 / 2 66 41]] · Mobil [[TEL:0171/4 55 23 19]]
[[MAIL:info@maler-koch-trier.de]] · www.maler-koch-trier.de
Amtsgericht Wittlich [[HR:HRA 41127]] · USt-IdNr. [[TAX:DE318 446 207]]
""",
    keep=[
        "gebaeudemanagement@trier.de",
        "Humboldt-Gymnasium",
        "BE-2026-00417",
        "Räume 1.12 bis 1.16",
        "Pos. 7–9",
    ],
    allow=("Koch",),
)

pii(
    "letter",
    """
Stadt Hildesheim – Bürgeramt, Fundbüro
Markt 3, 31134 Hildesheim

Frau
[[P:Yasmin El-Amrani]]
[[STR:Goslarsche Straße 19, Whg. 5]]
[[STR:31137 Hildesheim]]

Fundsache Nr. [[AZ:F-2026-00642]]
Hildesheim, 05.03.2026

Benachrichtigung über eine Fundsache

Sehr geehrte Frau [[P:El-Amrani]],

am 02.03.2026 wurde im Bus der Linie 1 (Haltestelle Hauptbahnhof) eine schwarze Geldbörse
gefunden und bei uns abgegeben. In der Geldbörse befinden sich unter anderem Ihr
Personalausweis (Nr. [[ID:LFC8W92T1]]), Ihre Gesundheitskarte und eine Bankkarte.
Bargeld war nicht enthalten.

Sie können die Fundsache montags bis freitags von 8:00 bis 12:30 Uhr, donnerstags zusätzlich
bis 18:00 Uhr, im Fundbüro (Erdgeschoss, Zimmer 0.04) abholen. Bitte bringen Sie einen
anderen Lichtbildausweis oder dieses Schreiben mit. Die Aufbewahrungsgebühr beträgt 5,00 €.

Falls Sie Ihren Personalausweis bereits als verloren gemeldet haben, ist er im
Sachfahndungsbestand gesperrt; er kann dann nicht mehr verwendet werden.

Mit freundlichen Grüßen
Im Auftrag
[[P:Kolbe]]
""",
    keep=[
        "Markt 3, 31134 Hildesheim",
        "Linie 1",
        "Zimmer 0.04",
        "8:00 bis 12:30 Uhr",
        "Sachfahndungsbestand",
    ],
)

pii(
    "letter",
    """
Stadt Wuppertal – Ressort Grünflächen und Forsten, Friedhofsverwaltung
Johannes-Rau-Platz 1, 42275 Wuppertal
Friedhofsbüro Ronsdorf: Tel. 0202 563-4410, friedhoefe@stadt.wuppertal.de

Mevrouw
[[P:Anneke de Vries-Hölscher]]
[[STR:Oudegracht 231-bis]]
[[STR:3511 NM Utrecht]]
NIEDERLANDE

Nachrichtlich an:
Herrn [[P:Bernd Hölscher]]
c/o [[P:Ralf Terhorst]]
[[STR:Staubenthaler Straße 12]]
[[STR:42369 Wuppertal]]

Grabstätte: Friedhof Ronsdorf, Abt. C, Wahlgrab Nr. 118/119
Nutzungsrecht-Nr.: [[AZ:NR-R-1988-0741]]

Umschreibung des Nutzungsrechts nach dem Tod von Frau [[P:Irmgard Hölscher]]

Sehr geehrte Frau [[P:de Vries-Hölscher]],

nach dem Tod Ihrer Mutter ist das Nutzungsrecht an der oben genannten Wahlgrabstätte nach
§ 16 Abs. 3 der Friedhofssatzung auf die Kinder in der Reihenfolge ihres Alters übergegangen.
Ihr Bruder, Herr [[P:Bernd Hölscher]], hat mit Erklärung vom 09.02.2026 auf das Nutzungsrecht
verzichtet. Wir schreiben das Nutzungsrecht daher auf Sie um.

Das Nutzungsrecht läuft bis zum 31.12.2038. Für die Umschreibung wird eine Gebühr von
40,00 € erhoben. Bitte überweisen Sie den Betrag unter Angabe der Nutzungsrecht-Nr. auf das
Konto der Stadtkasse Wuppertal. Eine Erstattung der Überzahlung aus dem Jahr 2025 (12,50 €)
erfolgt auf Ihr Konto IBAN [[IBAN:NL20 INGB 9469 0804 90]].

Auf Ihren Wunsch senden wir künftige Schreiben auch per E-Mail an [[MAIL:a.devries@ziggo.nl]].
Telefonisch erreichen wir Sie unter [[TEL:+31 30 2 31 84 06]].

Met vriendelijke groet / Mit freundlichen Grüßen
Im Auftrag
[[P:Wiebusch]]
""",
    keep=[
        "Johannes-Rau-Platz 1, 42275 Wuppertal",
        "0202 563-4410",
        "friedhoefe@stadt.wuppertal.de",
        "§ 16 Abs. 3",
        "Abt. C, Wahlgrab Nr. 118/119",
    ],
)

pii(
    "email",
    """
Von: Stadtbibliothek Jena – Ausleihsystem <noreply-ausleihe@jena.de>
An: [[MAIL:k.oehlschlaeger@mail.uni-jena.de]]
Betreff: 2. Mahnung – Leihfristüberschreitung

Liebe Leserin, lieber Leser,

für Ihren Bibliotheksausweis [[AZ:J 0047 1182 93]] sind folgende Medien überfällig:

Titel                                         Mediennummer    Rückgabe fällig   Gebühr
Theorie der Gesellschaft (Bd. 2)              30019921774     02.02.2026        4,00 €
Kochen für Studierende                        30020481120     02.02.2026        4,00 €
Die Gefährten (Hörbuch, 14 CDs)               30018770312     09.02.2026        2,00 €

Die Säumnisgebühr beträgt derzeit 10,00 € (Entgeltordnung der Stadtbibliothek, Nr. 3.2).
Bitte geben Sie die Medien umgehend zurück. Sie können die Gebühr an den Kassenautomaten
im Erdgeschoss oder online im Leserkonto begleichen.

Nutzerdaten: [[P:Öhlschläger, Katharina]], [[STR:Karl-Liebknecht-Straße 55, 07749 Jena]]

Dies ist eine automatisch erzeugte Nachricht. Bei Fragen: Ausleihe, Tel. 03641 49-8005,
stadtbibliothek@jena.de
""",
    keep=["Mediennummer", "30019921774", "Nr. 3.2", "03641 49-8005", "stadtbibliothek@jena.de"],
)

pii(
    "sms",
    """
SMS an Bereitschaftshandy Hausmeisterei Rathaus, 06:52:
bin gleich da, tor zur tiefgarage klemmt wieder. ruf an unter [[TEL:0176 81 22 40 39]] falls du
vorher da bist. [[P:micha]]
""",
    keep=["Bereitschaftshandy", "tor zur tiefgarage", "06:52"],
)

pii(
    "minutes",
    """
Stadt Ulm – Ergebnisprotokoll der Bürgersprechstunde des Ersten Bürgermeisters
Datum: 26.02.2026, 16:00–18:10 Uhr
Ort: Rathaus, Marktplatz 1, Raum 212 (Besprechungsraum Süd)
Verwaltung: Erster Bürgermeister, Leitung Bürgerdienste, Abteilung Verkehrsplanung
Protokoll: [[P:S. Wörz]]

1. Frau [[P:Roswitha Gaißmaier]], [[STR:Söflinger Straße 144, 89077 Ulm]]
   Anliegen: Lärm durch Lieferverkehr des Lebensmittelmarkts gegenüber ab 5 Uhr morgens.
   Ergebnis: Prüfung der Lieferzeiten in der Baugenehmigung; Rückmeldung durch die
   Abteilung Bauordnung bis 20.03.2026.

2. Herr [[P:Dragan Jovanović]] und Frau [[P:Milica Jovanović]], Tel. [[TEL:0731 / 9 21 44 08]]
   Anliegen: Familie (5 Kinder) lebt in einer 3-Zimmer-Wohnung und sucht seit zwei Jahren eine
   größere Wohnung; Leistungen vom Jobcenter (BG-Nr. [[AZ:0815/4711]]) reichen laut Herrn
   [[P:Jovanović]] nicht für die Mieten im freien Markt.
   Ergebnis: Vormerkung für Belegungswohnung wird geprüft; Termin bei der Wohnungsvermittlung
   am 05.03.2026, 10:00 Uhr vereinbart.

3. Herr [[P:Friedemann Ostertag]], Sprecher der Bürgerinitiative „Grüner Kuhberg“
   Anliegen: Fällung von 14 Bäumen für den Radweg am Kuhberg; die Initiative fordert eine
   Umplanung. Herr [[P:Ostertag]] übergibt 1.236 Unterschriften.
   Ergebnis: Vorstellung der Planung im Fachbereichsausschuss Stadtentwicklung am 17.03.2026
   (öffentlich, Sitzungsvorlage GD 081/26).

4. Frau [[P:Elif Arslan]], [[MAIL:elif.arslan@web.de]]
   Anliegen: fehlende Barrierefreiheit an der Haltestelle Ehinger Tor (Rollstuhl).
   Ergebnis: Weiterleitung an die Stadtwerke; Antwort geht direkt an Frau [[P:Arslan]].

Verschiedenes
Nächste Bürgersprechstunde: 26.03.2026, 16:00 Uhr, Anmeldung über die Bürgerdienste.
""",
    keep=[
        "Marktplatz 1, Raum 212",
        "Verschiedenes",
        "GD 081/26",
        "Haltestelle Ehinger Tor",
        "16:00–18:10 Uhr",
    ],
)

pii(
    "letter",
    """
Dr. [[P:Wolfgang Reinhardt-Hesse]] und [[P:Gabriele Reinhardt-Hesse]]
[[STR:Heinrichstraße 77]]
[[STR:64285 Darmstadt]]
Tel. [[TEL:+49 (0)6151 3 96 01 44]]
E-Mail: [[MAIL:w.reinhardt@mail.reinhardt-hesse.de]]

Wissenschaftsstadt Darmstadt
Kassen- und Steueramt – Grundbesitzabgaben
Luisenplatz 5A
64283 Darmstadt

Per Fax vorab: 06151 13-2960

Darmstadt, den 9. Februar 2026

Widerspruch gegen den Grundbesitzabgabenbescheid 2026 vom 16.01.2026
Kassenzeichen: [[AZ:6.1100.048823.2]]
Objekt: [[STR:Heidelberger Landstraße 240, 64297 Darmstadt-Eberstadt]]
Aktenzeichen des Finanzamts (Grundsteuerwert): [[AZ:007 123 45678 000]]

Sehr geehrte Damen und Herren,

gegen den oben genannten Bescheid, uns zugegangen am 20.01.2026, legen wir hiermit fristgerecht
Widerspruch ein, soweit darin Grundsteuer B festgesetzt wird. Die Festsetzung der
Abwassergebühren und der Straßenreinigungsgebühren greifen wir nicht an.

1. Sachverhalt

Wir sind je zur Hälfte Eigentümer des Zweifamilienhauses in Eberstadt. Das Erdgeschoss ist
seit 2014 an Familie [[P:Yıldız]] vermietet, das Obergeschoss bewohnt unsere Tochter
[[P:Miriam Reinhardt]] mit ihrem Partner. Für das Objekt haben wir bis einschließlich 2024
jährlich 612,48 € Grundsteuer gezahlt. Mit dem angefochtenen Bescheid werden für 2026
1.894,20 € festgesetzt, also mehr als das Dreifache.

Grundlage ist der Grundsteuermessbescheid des Finanzamts Darmstadt vom 11.07.2023
(Messbetrag 190,38 €) und der von der Stadtverordnetenversammlung beschlossene Hebesatz von
995 Prozent.

2. Begründung

a) Gegen den Grundsteuerwertbescheid und den Messbescheid haben wir beim Finanzamt Einspruch
eingelegt, über den noch nicht entschieden ist. Nach unserer Auffassung ist der dort
zugrunde gelegte Bodenrichtwert von 640 €/m² für unsere Lage an der Heidelberger Landstraße
(Durchgangsverkehr, Straßenbahn, kein Blick ins Grüne) deutlich überhöht; das
Gutachterausschuss-Portal weist für vergleichbare Lagen 520 €/m² aus. Da der
Grundsteuerbescheid ein Folgebescheid ist (§ 182 Abs. 1 AO), beantragen wir, das Verfahren
bis zur Entscheidung über den Einspruch ruhen zu lassen.

b) Darüber hinaus halten wir den Hebesatz für rechtswidrig. Das Land hat für Darmstadt einen
aufkommensneutralen Hebesatz veröffentlicht, der deutlich unter dem beschlossenen Satz liegt.
Die Stadt hat die Reform damit für eine verdeckte Steuererhöhung genutzt, ohne dies in der
Begründung der Satzung offenzulegen.

c) Die Belastung trifft im Ergebnis unsere Mieter, die die Grundsteuer über die
Betriebskosten tragen. Familie [[P:Yıldız]] hat bereits angekündigt, dass sie eine weitere
Erhöhung der Nebenkosten nicht leisten kann.

3. Anträge

Wir beantragen,
- den Bescheid hinsichtlich der Grundsteuer B aufzuheben, soweit er 612,48 € übersteigt,
- die Vollziehung bis zur Entscheidung über den Widerspruch auszusetzen (§ 361 AO in
  Verbindung mit § 3 Abs. 1 Nr. 4 KAG),
- das Verfahren bis zur Entscheidung des Finanzamts über unseren Einspruch ruhen zu lassen.

Bis zur Entscheidung über die Aussetzung der Vollziehung widerrufen wir das SEPA-Mandat
nicht; eingezogene Beträge bitten wir im Fall der Aufhebung auf unser Konto
IBAN [[IBAN:DE65 5005 0201 2024 2702 43]] (Kontoinhaber: [[P:Wolfgang Reinhardt-Hesse]])
zu erstatten. Der Vollständigkeit halber: Unsere Steuer-Identifikationsnummern lauten
[[TAX:46959931803]] (Dr. [[P:W. Reinhardt-Hesse]]) und [[TAX:18307925428]]
([[P:G. Reinhardt-Hesse]]); sie sind dem Finanzamt bekannt.

Für ein Gespräch stehen wir gern zur Verfügung. Meine Frau ist vormittags unter
[[TEL:0171 / 3 38 90 21]] erreichbar.

Mit freundlichen Grüßen

[[P:Wolfgang Reinhardt-Hesse]]                  [[P:Gabriele Reinhardt-Hesse]]

Anlagen
1. Kopie des Bescheids vom 16.01.2026
2. Kopie unseres Einspruchs an das Finanzamt vom 02.08.2023
3. Auszug Bodenrichtwertkarte (BORIS Hessen), Stand 01.01.2022
""",
    keep=[
        "Luisenplatz 5A",
        "06151 13-2960",
        "§ 182 Abs. 1 AO",
        "995 Prozent",
        "BORIS Hessen",
        "Grundsteuer B",
    ],
)

pii(
    "report",
    """
Stadtverwaltung Koblenz – Betreuungsbehörde
Schängelcenter, Zentralplatz 1, 56068 Koblenz

An das Amtsgericht Koblenz – Betreuungsgericht –
Karmeliterstraße 14, 56068 Koblenz

Ihr Aktenzeichen: [[AZ:42 XVII 118/26]]
Unser Zeichen: [[AZ:BtB 50-0212/26]]
Koblenz, 4. März 2026

Bericht der Betreuungsbehörde nach § 11 BtOG (Sozialbericht)

Betroffene: Frau [[P:Marianne Jöckel]], geb. [[DOB:17.08.1939]]
wohnhaft: [[STR:Moselweißer Straße 23, Erdgeschoss, 56073 Koblenz]]
Rentenversicherungsnummer: [[RV:12 170839 J 009]]

1. Anlass und Erkenntnisquellen

Die Anregung zur Einrichtung einer Betreuung stammt von der Hausärztin der Betroffenen,
Frau Dr. [[P:Pützer-Lenz]], mit Schreiben vom 03.02.2026. Der Bericht beruht auf einem
Hausbesuch am 25.02.2026 (Dauer etwa 70 Minuten, gemeinsam mit dem Sohn), Telefonaten mit der
Tochter und der Nachbarin sowie auf den Unterlagen des ambulanten Pflegedienstes.

2. Persönliche Situation

Frau [[P:Jöckel]] ist seit 2009 verwitwet und lebt allein in der Erdgeschosswohnung des
Hauses, das ihr gehört. Das Obergeschoss ist vermietet. Sie war bis zur Rente als
Schneiderin tätig. Seit etwa einem Jahr zeigen sich zunehmende Gedächtnisstörungen; die
Hausärztin hat eine mittelgradige Demenz vom Alzheimer-Typ diagnostiziert. Ein Pflegegrad 3
ist seit Oktober 2025 anerkannt.

Beim Hausbesuch war Frau [[P:Jöckel]] freundlich, zur Person orientiert, zeitlich und
situativ jedoch nicht. Sie wusste nicht, welcher Monat ist, und glaubte, ihr Ehemann sei
„beim Einkaufen“. Die Wohnung war sauber; der Kühlschrank enthielt abgelaufene Lebensmittel.
Post lag ungeöffnet auf dem Küchentisch, darunter zwei Mahnungen der Stadtwerke und ein
Schreiben der Pflegekasse.

3. Soziales Umfeld

Der Sohn, Herr [[P:Thomas Jöckel]], wohnt in [[STR:Koblenz-Lützel, Andernacher Straße 190]],
ist erreichbar unter [[TEL:0261 / 80 44 17 3]] und besucht die Mutter zwei- bis dreimal pro
Woche. Er ist berufstätig (Schichtdienst). Die Tochter, Frau [[P:Claudia Jöckel-Brunner]],
lebt in Österreich ([[STR:Mariahilfer Straße 88/2/14, 1070 Wien]], Tel. [[TEL:+43 664 381 27 90]])
und kommt etwa alle zwei Monate. Die Geschwister verstehen sich nach eigenen Angaben gut.

Die Nachbarin, Frau [[P:Edeltraud Lehnert]], schaut täglich vorbei und hat einen
Wohnungsschlüssel. Sie berichtet, dass Frau [[P:Jöckel]] zweimal nachts im Bademantel vor dem
Haus angetroffen wurde.

Der ambulante Pflegedienst (Caritas-Sozialstation Koblenz-Ost) kommt morgens und abends zur
Medikamentengabe und Grundpflege.

4. Vorsorge

Eine Vorsorgevollmacht oder Betreuungsverfügung liegt nicht vor; eine Anfrage beim Zentralen
Vorsorgeregister der Bundesnotarkammer blieb ohne Treffer. Frau [[P:Jöckel]] kann nach dem
Eindruck beim Hausbesuch eine Vollmacht nicht mehr wirksam erteilen.

5. Wirtschaftliche Verhältnisse (nach Angaben des Sohnes)

Witwenrente und eigene Altersrente zusammen ca. 1.640 € monatlich, Mieteinnahmen
650 € monatlich, Girokonto bei der Sparkasse Koblenz (IBAN [[IBAN:DE87 5705 0120 0000 4188 22]]
laut Kontoauszug auf dem Küchentisch), Sparbuch unbekannter Höhe. Schulden: offene Forderungen der
Stadtwerke über 312,60 €.

6. Erforderlichkeit und Aufgabenkreise

Andere Hilfen (§ 1814 Abs. 3 BGB) reichen nicht aus, da Frau [[P:Jöckel]] Post, Behörden- und
Bankangelegenheiten nicht mehr selbst erledigen kann und niemand bevollmächtigt ist. Die
Betreuungsbehörde empfiehlt folgende Aufgabenbereiche:
- Vermögenssorge
- Gesundheitssorge
- Aufenthaltsbestimmung
- Vertretung gegenüber Behörden, Versicherungen, Renten- und Sozialleistungsträgern
- Wohnungsangelegenheiten und Entgegennahme und Öffnen der Post

Eine Unterbringung ist derzeit nicht angezeigt.

7. Vorschlag zur Person des Betreuers

Der Sohn, Herr [[P:Thomas Jöckel]], ist bereit, die Betreuung ehrenamtlich zu übernehmen; die
Tochter ist damit einverstanden. Frau [[P:Jöckel]] äußerte beim Hausbesuch auf Nachfrage:
„Der [[P:Thomas]] soll das machen, der kann das.“ Bedenken gegen die Eignung bestehen nicht
(Führungszeugnis und Schuldnerverzeichnis ohne Eintrag). Ihm wird die Teilnahme an der
Einführungsveranstaltung des Betreuungsvereins empfohlen.

Sachbearbeitung: [[P:Petra Hollmann]], Tel. [[TEL:0261 129-2271]], betreuungsbehoerde@stadt.koblenz.de
""",
    keep=[
        "Zentralplatz 1, 56068 Koblenz",
        "Karmeliterstraße 14",
        "§ 11 BtOG",
        "§ 1814 Abs. 3 BGB",
        "Vorsorgevollmacht",
        "betreuungsbehoerde@stadt.koblenz.de",
    ],
)

pii(
    "announcement",
    """
Amtsgericht Flensburg – Registergericht
Bekanntmachung vom 23.02.2026 – Handelsregister Abteilung A

Neueintragung
[[HR:HRA 9184 FL]]: Reisebüro [[P:Dilara Şahin]] e.K., Flensburg, [[STR:Große Straße 54, 24937 Flensburg]].
Gegenstand des Unternehmens: Vermittlung von Reisen, Flug- und Fährtickets sowie
Versicherungen. Inhaberin: [[P:Şahin, Dilara]], [[LOC:Harrislee]], *[[DOB:04.12.1990]].
Einzelprokura: [[P:Şahin, Kemal]], [[LOC:Handewitt]], *[[DOB:19.07.1963]].

--- Vermerk Stadt Flensburg, Gewerbeamt, 25.02.2026 ---
Gewerbeanmeldung liegt seit 02.02.2026 vor (Betriebsbeginn 01.03.2026). Registernummer
nachgetragen. Telefon Betrieb laut Anmeldung: [[TEL:0461 / 1 82 77 40]], Mobil Inhaberin
[[TEL:0152 / 22 81 64 09]]. Erlaubnis nach § 34d GewO nicht erforderlich, da nur
Reiserücktrittsversicherungen als Annex vermittelt werden (§ 34d Abs. 8 GewO). – [[P:jh]]
""",
    keep=[
        "Handelsregister Abteilung A",
        "§ 34d Abs. 8 GewO",
        "Betriebsbeginn 01.03.2026",
        "Amtsgericht Flensburg",
        "Neueintragung",
    ],
)

pii(
    "letter",
    """
Landeshauptstadt Saarbrücken
Amt für öffentliche Ordnung – Bußgeldstelle
Gerberstraße 29, 66111 Saarbrücken

Monsieur
[[P:Julien Muller]]
[[STR:12 rue de la Gare]]
[[STR:57600 Forbach]]
FRANKREICH

Aktenzeichen: [[AZ:OWi 502.2-2025-77310]]
Saarbrücken, 02.03.2026

Rückgabe Ihres Führerscheins nach Ablauf des Fahrverbots

Sehr geehrter Herr [[P:Muller]],

das gegen Sie mit Bußgeldbescheid vom 21.11.2025 verhängte Fahrverbot von einem Monat
(§ 25 StVG) endet am 06.03.2026, 24:00 Uhr. Ihr französischer Führerschein
(Nr. [[AZ:19AF71204]]) befindet sich seit dem 06.02.2026 in amtlicher Verwahrung.

Sie haben die Rücksendung per Post gewünscht. Wir senden den Führerschein am 06.03.2026 per
Einschreiben an die oben genannte Anschrift. Bis zum Erhalt des Führerscheins dürfen Sie in
Deutschland kein Kraftfahrzeug führen.

Angaben laut Bescheid: geboren am [[DOB:05.03.1987]] in [[LOC:Metz]], Kennzeichen des Tatfahrzeugs
[[KFZ:GE-518-TK]] (F).

Die Geldbuße von 320,00 € zuzüglich Gebühren und Auslagen von 28,50 € ist vollständig bezahlt
(Eingang von Ihrem Konto [[IBAN:FR14 2004 1010 0505 0001 3M02 606]] am 15.12.2025).

Für Rückfragen: Tel. [[TEL:0681 905-1453]] (Frau [[P:Biehl]]) oder +49 681 905-0.

Mit freundlichen Grüßen
Im Auftrag
[[P:Biehl]]
""",
    keep=[
        "Gerberstraße 29, 66111 Saarbrücken",
        "§ 25 StVG",
        "320,00 €",
        "+49 681 905-0",
        "06.03.2026, 24:00 Uhr",
    ],
)

pii(
    "email",
    """
Von: Bundesstadt Bonn – Bürgerdienste <noreply-buergerdienste@bonn.de>
An: [[MAIL:zoe.hartmann-nystroem@posteo.de]]
Betreff: Ihr Personalausweis liegt zur Abholung bereit (Vorgang [[AZ:BN-PA-2026-031144]])

Guten Tag Frau [[P:Zoë Hartmann-Nyström]],

Ihr neuer Personalausweis (Seriennummer [[ID:T9RXNC4M7]]) ist in der Bundesdruckerei
hergestellt worden und liegt im Bürgeramt Bad Godesberg, Kurfürstenallee 2-3, zur Abholung
für Sie bereit.

Bitte bringen Sie zur Abholung Ihren bisherigen Personalausweis (Seriennummer
[[ID:L01X7NC23]]) mit. Die PIN-Sperre wird bei Abholung aufgehoben, den PIN-Brief haben Sie
bereits per Post erhalten.

Termin: Eine Abholung ist ohne Termin möglich (Mo–Mi 7:30–12:30 Uhr, Do 13:30–18:00 Uhr).
Der Ausweis wird drei Monate verwahrt.

Ihre Bürgerdienste der Bundesstadt Bonn

Diese E-Mail wurde automatisch erstellt, bitte antworten Sie nicht darauf.
""",
    keep=[
        "noreply-buergerdienste@bonn.de",
        "Kurfürstenallee 2-3",
        "Mo–Mi 7:30–12:30 Uhr",
        "PIN-Brief",
        "Bundesdruckerei",
    ],
)

pii(
    "notice",
    """
Stadt Hamm – Amt für Soziales, Wohnen und Pflege
Feststellung nach dem Schwerbehindertenrecht

Herrn
[[P:Günther Brockhoff]]
[[STR:Alter Uentroper Weg 41, 59071 Hamm]]

Geschäftszeichen: [[AZ:SB 61/152-0448812]]
Hamm, 26.02.2026

Bescheid nach § 152 SGB IX (Neufeststellung)

Sehr geehrter Herr [[P:Brockhoff]],

auf Ihren Änderungsantrag vom 14.10.2025 wird der Grad der Behinderung (GdB) ab dem
14.10.2025 mit 60 festgestellt (bisher 40). Die gesundheitlichen Voraussetzungen für das
Merkzeichen G (erhebliche Beeinträchtigung der Bewegungsfähigkeit im Straßenverkehr) liegen vor.

Folgende Funktionsbeeinträchtigungen wurden berücksichtigt:
1. Funktionsstörung der Wirbelsäule nach Bandscheibenoperation (Einzel-GdB 40)
2. Koronare Herzkrankheit, Zustand nach Stent-Implantation 2024 (Einzel-GdB 30)
3. Diabetes mellitus Typ 2 mit Insulintherapie (Einzel-GdB 20)

Ihr Schwerbehindertenausweis wird neu ausgestellt. Bitte senden Sie uns ein aktuelles
Lichtbild. Ihre Angaben: geb. am [[DOB:23.05.1962]], Versicherungsnummer [[RV:23050562B017]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe
Widerspruch bei der Stadt Hamm, Theodor-Heuss-Platz 16, 59065 Hamm, erhoben werden.

Im Auftrag
[[P:Vorwerk-Demir]]
""",
    keep=[
        "§ 152 SGB IX",
        "Merkzeichen G",
        "Theodor-Heuss-Platz 16, 59065 Hamm",
        "Einzel-GdB 40",
        "Grad der Behinderung",
    ],
)

pii(
    "notice",
    """
Klingenstadt Solingen – Stadtkasse, Vollstreckungsstelle
Rathausplatz 1, 42651 Solingen

Pfändungs- und Einziehungsverfügung (§ 309 AO i. V. m. § 5 VwVG NRW)

An die Drittschuldnerin:
Stadt-Sparkasse Solingen, Kölner Straße 68–72, 42651 Solingen

Vollstreckungsschuldner: Herr [[P:Marcel Kuhnert]], geb. [[DOB:3.4.85]]
Anschrift: [[STR:Wuppertaler Straße 131, Dachgeschoss, 42653 Solingen]]
Kassenzeichen: [[AZ:7.0220.551903.6]]

Der Vollstreckungsschuldner schuldet der Klingenstadt Solingen folgende Beträge:

Grundbesitzabgaben 2025 (Hauptforderung)        1.284,60 €
Säumniszuschläge (§ 240 AO)                         76,00 €
Mahngebühren                                        15,00 €
Vollstreckungskosten bisher                         28,00 €
Summe                                            1.403,60 €

Wegen dieser Beträge sowie der Kosten dieser Verfügung (Gebühr 30,00 €) wird die Forderung
des Vollstreckungsschuldners gegen Sie aus dem Girokonto IBAN [[IBAN:DE33 4401 0046 0812 3349 05]]
gepfändet. Der Drittschuldnerin wird verboten, an den Vollstreckungsschuldner zu zahlen.

Sofern es sich um ein Pfändungsschutzkonto (§ 850k ZPO) handelt, sind die gesetzlichen
Freibeträge zu beachten.

Bitte geben Sie innerhalb von zwei Wochen die Drittschuldnererklärung nach § 316 AO ab.

Im Auftrag
[[P:Heinen]], Vollziehungsbeamter, Tel. [[TEL:0212 290-2483]]
""",
    keep=[
        "Rathausplatz 1, 42651 Solingen",
        "Kölner Straße 68–72",
        "§ 850k ZPO",
        "1.403,60 €",
        "§ 316 AO",
    ],
)

pii(
    "chat",
    """
Teams-Chat „Team Wohngeld“ – Stadt Erlangen – Di 03.03.2026

08:02 [[P:jens.pfister]]: moin zusammen, hier ist der [[P:jens]] aus der 3.14 – bin heute im
homeoffice, drucker im büro ist eh kaputt. erreichbar aufm dienst-handy [[TEL:0151 / 14 62 33 08]]
08:05 [[P:Nadine Weigand]]: morgen 🙂 kannst du den antrag von frau [[P:okafor-mensah]] fertig machen? sie
hat gestern die lohnabrechnungen gebracht, liegt im postfach von [[P:anna-lena]]
08:07 [[P:jens.pfister]]: mach ich. aktenzeichen?
08:07 [[P:Nadine Weigand]]: [[AZ:WG-ER-2025-0917]]
08:09 [[P:anna-lena.rupp]]: liegt bei mir im fach, scanne ich gleich ein 👍 sind 3 monate,
nov–jan
08:31 [[P:jens.pfister]]: danke. btw ticket für den drucker ist INC-118273, falls jemand fragt
""",
    keep=["Team Wohngeld", "INC-118273", "3.14", "nov–jan", "Di 03.03.2026"],
)

pii(
    "cv",
    """
Bewerbung um die Stelle „Sachbearbeiter/in Bürgerbeteiligung“ – Kennziffer 2026-014
Universitätsstadt Tübingen, Fachabteilung Personal, bewerbung@tuebingen.de

LEBENSLAUF

Persönliche Daten
Name:                   [[P:Ruben Asante-Wolff]]
Anschrift:              [[STR:Hechinger Straße 47/1, 72072 Tübingen]]
Telefon:                [[TEL:+49 (0) 7071 / 55 92 10]]
Mobil:                  [[TEL:0176-31 77 02 48]]
E-Mail:                 [[MAIL:ruben.asante-wolff@gmx.de]]
Geburtsdatum/-ort:      [[DOB:14.02.1990]] in [[LOC:Ravensburg]]
LinkedIn:               linkedin.com/in/[[P:ruben-asante-wolff]]

Berufserfahrung
seit 04/2021            Referent für Öffentlichkeitsbeteiligung, Regierungspräsidium
                        Tübingen, Abteilung 4 (Straßenwesen und Verkehr)
10/2017 – 03/2021       Projektmitarbeiter, Stiftung Mitarbeit, Bonn
04/2016 – 09/2017       Trainee, Kommunikationsagentur, Stuttgart

Ausbildung
10/2011 – 09/2016       Politikwissenschaft und Rhetorik (M.A.), Eberhard Karls Universität
                        Tübingen, Abschlussnote 1,6
2010                    Abitur, Welfen-Gymnasium

Sprachen
Deutsch (Muttersprache), Englisch (C1), Twi (Grundkenntnisse)

Tübingen, 15.02.2026
[[P:R. Asante-Wolff]]
""",
    keep=[
        "Kennziffer 2026-014",
        "bewerbung@tuebingen.de",
        "Regierungspräsidium",
        "Welfen-Gymnasium",
        "Abschlussnote 1,6",
    ],
)

pii(
    "ocr",
    """
STADT BRAUNSCHWEIG - FACHBEREICH 10, WAHLEN
VORSCHLAGSLISTE FÜR DIE WAHL DER SCHÖFFINNEN UND SCHÖFFEN 2024-2028 (§ 36 GVG)
AMTSGERICHT BRAUNSCHWEIG / LANDGERICHT BRAUNSCHWEIG         SEITE 3 VON 11
[OCR AUS PDF-SCAN, NICHT KORREKTURGELESEN]

LFD NR | NACHNAME, VORNAME          | GEB.-DATUM  | GEB.-ORT       | BERUF                  | ANSCHRIFT
041    | [[P:HEINEMANN, KLAUS-DIETER]]       | [[DOB:11.O3.1961]]  | [[LOC:WOLFENBÜTTEL]]   | ELEKTROMEISTER         | [[STR:CELLER STR. 102, 38114 BRAUNSCHWEIG]]
042    | [[P:ÇAKIR, SEVGI]]                  | [[DOB:29.08.1978]]  | [[LOC:GIFHORN]]        | KRANKENPFLEGERIN       | [[STR:MADAMENWEG 41, 38118 BRAUNSCHWEIG]]
043    | [[P:VON DER LIETH, ADELHEID]]       | [[DOB:02.12.1955]]  | [[LOC:BREMEN]]         | LEHRERIN I.R.          | [[STR:KASTANIENALLEE 7 A, 38102 BRAUNSCHWEIG]]
044    | [[P:NGUYEN, VAN DUC]]               | [[DOB:17.O4.1983]]  | [[LOC:HANOI]]          | INFORMATIKER           | [[STR:JASPERALLEE 8O, 38102 BRAUNSCHWEIG]]
045    | [[P:SCHRÖDER-KOWALSKI, TANJA]]      | [[DOB:05.06.1987]]  | [[LOC:SALZGITTER]]     | BANKKAUFFRAU           | [[STR:AM WENDENWEHR 3, 38114 BRAUNSCHWEIG]]

AUFGESTELLT DURCH BESCHLUSS DES RATES VOM 20.06.2023, VORLAGE 23-21544
AUSLEGUNG EINE WOCHE IM RATHAUS, PLATZ DER DEUTSCHEN EINHEIT 1, ZIMMER A 1.07
""",
    keep=[
        "§ 36 GVG",
        "SEITE 3 VON 11",
        "VORLAGE 23-21544",
        "PLATZ DER DEUTSCHEN EINHEIT 1",
        "ZIMMER A 1.07",
    ],
)

pii(
    "report",
    """
Berufsfeuerwehr Kaiserslautern – Einsatzbericht (Auszug zur Weitergabe an das Referat Recht und Ordnung)

Einsatznummer: 2026-00418          Alarmierung: 01.03.2026, 02:37 Uhr
Stichwort: B3 – Wohnungsbrand, Menschenleben in Gefahr
Einsatzort: [[STR:Pariser Straße 118, 2. OG links, 67655 Kaiserslautern]]
Einsatzleiter: BOI [[P:Schwarz]]

Lage bei Eintreffen (02:44 Uhr): Starke Rauchentwicklung aus Fenster 2. OG links,
Treppenraum verraucht. Bewohnerin der Brandwohnung, Frau [[P:Olena Hrytsenko]], mit zwei
Kindern ([[P:Daryna]], 6, und [[P:Bohdan]], 3) auf dem Balkon. Nachbar aus dem 3. OG,
Herr [[P:Mustafa Bayram]], machte sich am Fenster bemerkbar.

Maßnahmen: Menschenrettung über Drehleiter (Balkon 2. OG, drei Personen) und mit
Fluchthauben über den Treppenraum (Herr [[P:Bayram]]). Brandbekämpfung mit einem C-Rohr unter
Atemschutz. Feuer aus um 03:05 Uhr. Ursache vermutlich technischer Defekt an einem
Ladegerät im Kinderzimmer (Ermittlung durch Kriminalinspektion).

Verletzte: Frau [[P:Hrytsenko]] (geb. [[DOB:1990-11-27]]) mit Verdacht auf Rauchgasintoxikation
ins Westpfalz-Klinikum; Kinder vorsorglich mitgenommen. Herr [[P:Bayram]] unverletzt.

Behinderung der Anfahrt: Pkw [[KFZ:KL-MB 880]] in der Feuerwehrzufahrt abgestellt; Drehleiter
musste über den Gehweg rangieren. Halterin laut Abfrage: [[P:Melanie Brück]],
[[STR:Königstraße 21, 67655 Kaiserslautern]]. Anzeige durch Polizei aufgenommen.

Wohnung derzeit unbewohnbar. Notunterkunft für Familie [[P:Hrytsenko]] über den
Bereitschaftsdienst des Referats Soziales organisiert; Kontakt Frau [[P:Hrytsenko]] über
Mobiltelefon [[TEL:+380 67 431 22 90]] (ukrainische Nummer).

Kräfte: HLF 1, HLF 2, DLK 23-12, ELW 1, RTW 2; Einsatzende 05:12 Uhr.
""",
    keep=["B3 – Wohnungsbrand", "DLK 23-12", "Westpfalz-Klinikum", "03:05 Uhr", "Feuerwehrzufahrt"],
)

pii(
    "email",
    """
Von: [[P:Mariama Diallo]] <[[MAIL:mariama.diallo@outlook.de]]>
An: wohnungsaufsicht@bau.bremen.de
Betreff: Schimmel in der Wohnung – Vermieter reagiert nicht

Sehr geehrte Damen und Herren,

ich wohne seit 2022 mit meinen zwei Kindern in der [[STR:Vegesacker Heerstraße 45, 4. OG, Whg. 17, 28757 Bremen]].
Seit dem Herbst ist im Kinderzimmer und im Bad großflächig Schimmel, an der Außenwand
ca. 2 x 1,5 m. Mein Sohn hat Asthma und der Kinderarzt hat geschrieben, dass die Wohnung
für ihn gesundheitsschädlich ist (Attest anbei).

Die Wohnung wird verwaltet von:
Hausverwaltung [[P:Ingrid Petersen]] e.K., [[STR:Gerhard-Rohlfs-Straße 10, 28757 Bremen]],
Amtsgericht Bremen [[HR:HRA 27713 HB]], Tel. [[TEL:0421 / 66 10 48]]

Ich habe Frau [[P:Petersen]] am 12.11.2025, 08.12.2025 und 20.01.2026 schriftlich informiert
(Kopien anbei). Es kam nur die Antwort, ich solle mehr lüften. Ich lüfte dreimal am Tag.

Können Sie sich die Wohnung ansehen? Ich bin ab 15 Uhr zu Hause und unter
[[TEL:0157 / 72 01 33 84]] erreichbar.

Mit freundlichen Grüßen
[[P:Mariama Diallo]]

Anlagen: Fotos (6), Attest Dr. med. [[P:F. Oltmann]], Schreiben an die Hausverwaltung (3)
""",
    keep=["wohnungsaufsicht@bau.bremen.de", "2 x 1,5 m", "Anlagen: Fotos (6)", "ab 15 Uhr"],
)

pii(
    "ticket",
    """
Sicherheitsvorfall SEC-2026-007 – Universitätsstadt Gießen, IT-Sicherheit
Betreff: Urheberrechtliche Abmahnung / Öffentliches WLAN „Giessen-Free“, Standort Stadtbibliothek

Zusammenfassung:
Eine Rechtsanwaltskanzlei aus München mahnt die Stadt als Betreiberin des Hotspots wegen
Filesharing ab (Tatzeit 14.02.2026, 21:13:07 Uhr, öffentliche Adresse des Hotspots
217.86.141.33, Port 51413). Nach § 8 Abs. 1 DDG haftet die Stadt als Zugangsanbieterin
nicht; Antwort über das Rechtsamt.

Interne Zuordnung (nur für die Prüfung, Löschfrist 7 Tage nach Abschluss):
- Hotspot-Sitzung 14.02.2026 20:48–22:31, Access Point AP-STB-EG-03, Version 8.10.151
- Endgerät intern [[IP:172.20.14.187]], IPv6 [[IP:2003:e2:7f1a:6c00:5d4:91ff:fe3b:20a9]]
- Login per SMS-Code an [[TEL:+49 1590 41 38 27 06]]
- Ausweis beim Bibliotheks-Check-in: Leserausweis [[AZ:GI-42 7781 03]], [[P:Niklas Bachmann]]

Maßnahmen:
1. Keine Herausgabe von Nutzerdaten an die Kanzlei (keine Rechtsgrundlage).
2. Port-Sperre für BitTorrent-Ports auf dem Hotspot-Gateway ab Firmware 8.10.160.
3. Löschung der Sitzungsdaten nach Abschluss, Wiedervorlage 01.04.2026.

Bearbeitung: [[P:Kathrin Jung]], ISB, Tel. [[TEL:0641 306-1177]]
""",
    keep=["SEC-2026-007", "217.86.141.33", "AP-STB-EG-03", "Version 8.10.151", "§ 8 Abs. 1 DDG"],
)

pii(
    "form",
    """
Landeshauptstadt Stuttgart – Standesamt, Eberhardstraße 39, 70173 Stuttgart
Niederschrift über die Erklärung des Austritts aus einer Religionsgemeinschaft
(§ 26 Kirchensteuergesetz Baden-Württemberg)

Lfd. Nr.: [[AZ:KA 2026/01187]]

Vor der Standesbeamtin erscheint:
Familienname:            [[P:Gerstenmaier]]
Vornamen:                [[P:Johanna Maria]]
Geburt:                  geboren am [[DOB:3. April 1985]] in [[LOC:Böblingen]]
Taufort:                 [[LOC:Sindelfingen]]
Anschrift:               [[STR:Wagenburgstraße 149, 70186 Stuttgart]]
ausgewiesen durch:       Personalausweis Nr. [[ID:M7VJ3N0Z5]]

und erklärt ihren Austritt aus der

[X] römisch-katholischen Kirche   [ ] evangelischen Landeskirche   [ ] sonstigen: ________

Die Erklärung wird mit Ablauf des Tages wirksam, an dem sie abgegeben wird. Die
Kirchensteuerpflicht endet mit Ablauf des Kalendermonats, in dem der Austritt wirksam wird.

Gebühr: 30,00 € – bezahlt (EC).

Stuttgart, 09.03.2026
Unterschrift der erklärenden Person: [[P:J. M. Gerstenmaier]]
Standesbeamtin: [[P:Ilić]]
""",
    keep=[
        "Eberhardstraße 39, 70173 Stuttgart",
        "§ 26 Kirchensteuergesetz",
        "30,00 €",
        "Kalendermonats",
        "römisch-katholischen Kirche",
    ],
)

pii(
    "report",
    """
Stadt Duisburg – Task Force Problemimmobilien
(Amt für Baurecht und Bauberatung, Ordnungsamt, Amt für Soziales und Wohnen, Feuerwehr)

Sachstandsbericht zur Lenkungsgruppe am 12.03.2026
Objekt: [[STR:Wanheimer Straße 201, 47053 Duisburg]] (Vorder- und Hinterhaus, 9 Wohneinheiten)
Az.: [[AZ:62-31/PI-2025-014]]

1. Eigentumsverhältnisse

Eigentümer laut Grundbuch seit 11/2023 ist Herr [[P:Stoyan Dimitrov]], wohnhaft
[[STR:ul. „Tsar Simeon“ 44, ap. 7, 1000 Sofia]], Bulgarien, Tel. [[TEL:+359 88 712 4409]].
Voreigentümerin war eine Erbengemeinschaft nach Frau [[P:Hedwig Kuhlmann]]. Herr [[P:Dimitrov]]
hat mit der Verwaltung die Firma Immobilienservice [[P:Ali Demirci]] e.K. beauftragt
([[HR:HRA 14420]], [[STR:Friedrich-Wilhelm-Straße 88, 47051 Duisburg]], Tel. [[TEL:0203 / 39 48 11 0]]).
Zustellungsbevollmächtigter im Inland ist Rechtsanwalt Dr. [[P:Lukas Brenner]],
Kanzlei am Innenhafen, Philosophenweg 19, 47051 Duisburg.

2. Ergebnis der Begehung vom 24.02.2026

An der Begehung nahmen teil: Bauaufsicht ([[P:R. Klostermann]]), Ordnungsamt ([[P:A. Sahin-Berg]]),
Feuerwehr (vorbeugender Brandschutz, [[P:T. Hellwig]]), Sozialamt ([[P:M. Dovgan]]),
für die Verwaltung Herr [[P:Demirci]].

Festgestellte Mängel:
- zweiter Rettungsweg im Hinterhaus (3. OG) nicht gesichert, Anleiterbarkeit fehlt
- Elektroinstallation im Keller offen, Verteilerkasten ohne Abdeckung
- Feuchtigkeitsschäden und Schimmel in den Wohnungen 5, 6 und 8
- Müllablagerungen im Hof (ca. 12 m³), Rattenbefall nach Angaben der Bewohner
- Wohnung 9 (Dachgeschoss) ohne Baugenehmigung zu Wohnzwecken ausgebaut

3. Bewohnerinnen und Bewohner

Laut Melderegister sind im Objekt 34 Personen gemeldet, davon 15 Minderjährige. Bei der
Begehung wurden in Wohnung 9 sechs Personen angetroffen, die dort nicht gemeldet sind.
Hauptmieter der Wohnung 9 ist Herr [[P:Ionuț Popescu]], Mobil [[TEL:0176 / 29 04 71 86]]; er gab
an, die Wohnung für 950 € monatlich bar an Herrn [[P:Demirci]] zu zahlen. Herr [[P:Demirci]]
bestreitet das.

Familie [[P:Stoica]] (sechs Personen, Wohnung 6) berichtet, dass die Kinder wegen des
Schimmels häufig krank seien; die Schulsozialarbeit der Grundschule Wanheimerort ist
eingebunden. Frau [[P:Aurelia Căldăraru]] (Wohnung 5) hat einen Antrag auf
Wohnberechtigungsschein gestellt (Az. Wohnungsamt [[AZ:WBS-2026-0331]]).

Im Hof waren zwei Kleintransporter mit den Kennzeichen [[KFZ:CA 4471 KP]] (BG) und
[[KFZ:DU-ID 7710]] abgestellt; Halter des zweiten Fahrzeugs ist laut Abfrage Herr [[P:Demirci]].

4. Bisherige Maßnahmen

- Anhörung des Eigentümers zur Nutzungsuntersagung für Wohnung 9 (Schreiben vom 02.03.2026,
  Zustellung über den Zustellungsbevollmächtigten)
- Anordnung zur Herstellung des zweiten Rettungswegs nach § 58 BauO NRW, Frist 30.04.2026
- Aufforderung zur Müllbeseitigung nach dem Kreislaufwirtschaftsgesetz, Frist 20.03.2026
- Prüfung der Meldeverhältnisse in Wohnung 9 (Ordnungswidrigkeit nach § 54 BMG)

5. Vorschlag an die Lenkungsgruppe

Sollte der Eigentümer den Rettungsweg nicht fristgerecht herstellen, wird die Nutzung des
Hinterhauses ab dem 3. OG untersagt. Für die betroffenen Familien ([[P:Stoica]] und
[[P:Popescu]]) wären dann Ersatzwohnungen zu stellen; das Amt für Soziales und Wohnen prüft
den Bestand der städtischen Gesellschaft. Eine Ersatzvornahme beim Müll wird vorbereitet,
die Kosten (geschätzt 3.800 €) werden dem Eigentümer in Rechnung gestellt.

Verfasser: [[P:R. Klostermann]], Bauaufsicht, Tel. [[TEL:0203 283-6120]]
""",
    keep=[
        "Philosophenweg 19, 47051 Duisburg",
        "§ 58 BauO NRW",
        "§ 54 BMG",
        "Lenkungsgruppe",
        "12 m³",
        "Grundschule Wanheimerort",
    ],
)

pii(
    "note",
    """
WV 12.03. – Akte [[P:Fischer, Anna-Lena]] ([[AZ:5-WoBer-2026-118]]): Einkommensnachweis
Dezember fehlt noch, Erinnerung raus am 26.02.; Mutter hat angerufen, Tel. [[TEL:02323 / 5 88 12 90]].
Wenn bis WV nichts da: Ablehnung nach § 66 SGB I vorbereiten. – [[P:Kr]]
""",
    keep=["WV 12.03.", "§ 66 SGB I", "Einkommensnachweis", "Erinnerung raus am 26.02."],
)


# ---------------------------------------------------------------------------------------------
# PII-free administrative texts (clean-001 .. clean-040)
# ---------------------------------------------------------------------------------------------

clean(
    "agenda",
    """
Stadt Münster – Ausschuss für Klima, Umwelt und Mobilität
Einladung zur 14. Sitzung am Dienstag, 17. März 2026, 17:00 Uhr
Rathaus, Festsaal (Raum 204), Prinzipalmarkt 10

Tagesordnung – öffentlicher Teil

1.  Eröffnung, Feststellung der Beschlussfähigkeit
2.  Genehmigung der Niederschrift der 13. Sitzung vom 03.02.2026
3.  Mitteilungen der Verwaltung
3.1 Sachstand Klimaanpassungskonzept (mündlicher Bericht)
3.2 Fahrradparkhaus am Hauptbahnhof Ostseite – Auslastung 2025
4.  Fortschreibung des Masterplans Mobilität 2035
    Drucksache 20231234, 1. Ergänzung
5.  Baumschutzsatzung – Änderung der Ersatzpflanzungsregelung
    Vorlage V/0187/2026
6.  Parkraumbewirtschaftung im Kreuzviertel, Zone K
    Vorlage V/0201/2026
7.  Anträge
7.1 Antrag der Fraktion „Mehr Bäume für die Innenstadt“ vom 22.01.2026, A-R/0014/2026
8.  Anfragen
9.  Verschiedenes

Tagesordnung – nichtöffentlicher Teil

10. Vergabe Winterdienst-Fahrzeuge, Los 2
11. Grundstücksangelegenheiten
12. Verschiedenes

Die Sitzungsunterlagen stehen im Ratsinformationssystem zur Verfügung.
Zuhörerinnen und Zuhörer sind im öffentlichen Teil willkommen.
""",
    keep=[
        "Drucksache 20231234",
        "Vorlage V/0187/2026",
        "A-R/0014/2026",
        "Verschiedenes",
        "Prinzipalmarkt 10",
        "17:00 Uhr",
    ],
)

clean(
    "bylaw",
    """
Amtliche Bekanntmachung der Stadt Rostock

Zweite Satzung zur Änderung der Hundesteuersatzung der Hanse- und Universitätsstadt Rostock
vom 25. Februar 2026

Auf Grund des § 5 der Kommunalverfassung für das Land Mecklenburg-Vorpommern (KV M-V) und
der §§ 1, 2 und 3 des Kommunalabgabengesetzes (KAG M-V) hat die Bürgerschaft in ihrer
Sitzung am 11. Februar 2026 folgende Satzung beschlossen:

Artikel 1
§ 4 Absatz 1 erhält folgende Fassung:
„(1) Die Steuer beträgt jährlich
    a) für den ersten Hund                      120,00 Euro,
    b) für den zweiten Hund                     180,00 Euro,
    c) für jeden weiteren Hund                  240,00 Euro,
    d) für jeden gefährlichen Hund              720,00 Euro.“

Artikel 2
In § 6 Absatz 2 Nummer 3 werden die Wörter „Blindenführhunde“ durch die Wörter
„Blindenführhunde und Assistenzhunde im Sinne des § 12e des
Behindertengleichstellungsgesetzes“ ersetzt.

Artikel 3
Diese Satzung tritt am 1. April 2026 in Kraft.

Hinweis: Ein Verstoß gegen Verfahrens- und Formvorschriften kann nach § 5 Abs. 5 KV M-V nur
innerhalb eines Jahres seit der öffentlichen Bekanntmachung geltend gemacht werden.

Rostock, 25.02.2026
Der Oberbürgermeister
""",
    keep=["§ 5 Abs. 5 KV M-V", "Artikel 1", "120,00 Euro", "§ 12e", "1. April 2026"],
)

clean(
    "intranet",
    """
IT-Info: Wartungsfenster am Wochenende 21./22. März 2026

Change CHG-2026-0042 | Kategorie: geplant | Freigabe durch CAB am 10.03.2026

Betroffene Systeme:
- Fachverfahren Einwohnerwesen, Update auf Version 2024.3.1.7
- Dokumentenmanagement, Update auf Version 5.12
- Mailsystem (kurze Unterbrechungen von ca. 15 Minuten)

Zeitraum: Samstag, 21.03., 20:00 Uhr bis Sonntag, 22.03., 06:00 Uhr

Bitte beachten Sie:
Melden Sie sich am Freitag vor Dienstschluss aus allen Fachverfahren ab.
Ungespeicherte Eingaben gehen verloren.
Rufbereitschaft: Servicedesk, Tel. -4444 (intern), außerhalb der Dienstzeit 0800 1234 567.
Störungen nach dem Wartungsfenster bitte als Ticket mit Verweis auf CHG-2026-0042 melden,
nicht per E-Mail an einzelne Beschäftigte.

Bekannte Einschränkung: Nach dem Update muss der Druckertreiber für Meldebescheinigungen
(Paket DRV-MB 3.4) neu zugewiesen werden. Eine Anleitung finden Sie im Intranet unter
IT > Anleitungen > Drucken.

Ihr IT-Service – servicedesk@it.stadt-example.de
""",
    keep=[
        "CHG-2026-0042",
        "Version 2024.3.1.7",
        "Tel. -4444",
        "0800 1234 567",
        "servicedesk@it.stadt-example.de",
        "DRV-MB 3.4",
    ],
)

clean(
    "website",
    """
Bürgerbüro im Neuen Rathaus – Öffnungszeiten und Kontakt

Stadt Bayreuth, Bürgerbüro
Luitpoldplatz 13, 95444 Bayreuth (Eingang Nord, barrierefrei)

Montag            07:30 – 16:00 Uhr
Dienstag          07:30 – 16:00 Uhr
Mittwoch          07:30 – 12:30 Uhr
Donnerstag        07:30 – 18:00 Uhr
Freitag           07:30 – 12:30 Uhr
Samstag           09:00 – 12:00 Uhr (nur mit Termin)

Telefon (Zentrale): 0921 25-0
Telefon Bürgerbüro: 0921 25-1500
E-Mail: buergerbuero@stadt.bayreuth.de

Termine vereinbaren Sie online oder telefonisch. Ausweise und Pässe können nur mit Termin
beantragt werden, die Abholung ist ohne Termin möglich.

Bitte bringen Sie mit:
Personalausweis oder Reisepass
Wohnungsgeberbestätigung (bei Anmeldung)
Geburtsurkunde (bei Kindern unter 16 Jahren)
Biometrisches Lichtbild

Hinweis: Am Faschingsdienstag und am Heiligabend ist das Bürgerbüro geschlossen.
""",
    keep=[
        "Luitpoldplatz 13, 95444 Bayreuth",
        "0921 25-0",
        "0921 25-1500",
        "buergerbuero@stadt.bayreuth.de",
        "Wohnungsgeberbestätigung",
    ],
)

clean(
    "table",
    """
Haushaltsplan 2026 – Teilergebnisplan Produktbereich 11 (Innere Verwaltung), Auszug

Produkt   | Bezeichnung                      | Ansatz 2025     | Ansatz 2026     | Anteil
11.01.01  | Rat und Ausschüsse               |   1.248.300 €   |   1.301.900 €   |  4,1 %
11.01.03  | Verwaltungsführung               |   2.870.450 €   |   2.915.000 €   |  9,2 %
11.02.01  | Personalwesen                    |   4.106.800 €   |   4.388.200 €   | 13,8 %
11.03.02  | Informationstechnik              |   9.744.100 €   |  10.520.600 €   | 33,1 %
11.04.01  | Gebäudemanagement                |  11.902.000 €   |  12.610.300 €   | 39,8 %
          | Summe                            |  29.871.650 €   |  31.736.000 €   | 100 %

Erläuterungen
Haushalt: Der Anstieg im Produkt 11.03.02 beruht auf der Umstellung auf das neue
Rechenzentrum (Beschluss Drucksache 0312/2025).
Anteil: Anteil des Produkts an den ordentlichen Aufwendungen des Produktbereichs.
Sonstiges: Die Ansätze enthalten die Tarifsteigerung nach TVöD von 3,0 % ab 01.04.2026.
""",
    keep=["Anteil", "Haushalt:", "Sonstiges:", "Drucksache 0312/2025", "11.03.02", "31.736.000 €"],
)

clean(
    "notice",
    """
Hinweis: Der Aufzug im Technischen Rathaus, Gebäudeteil B, ist bis Freitag außer Betrieb.
Bitte nutzen Sie das Treppenhaus Nord; für Besucherinnen und Besucher mit Rollstuhl holen
wir Sie am Eingang ab (Pforte, App. 2100). Ihre Hausverwaltung
""",
    keep=["Gebäudeteil B", "Treppenhaus Nord", "App. 2100", "Ihre Hausverwaltung"],
)

clean(
    "report",
    """
Schulentwicklungsplan 2026–2031 der Stadt Neuss – Kapitel 4: Weiterführende Schulen (Auszug)

4.2 Gymnasien

Schule                          | Züge | Schülerzahl 2025/26 | Prognose 2030/31 | Raumbedarf
Quirinus-Gymnasium              |  4   |        1.012        |      1.090       | gedeckt
Theodor-Schwann-Gymnasium       |  3   |          744        |        812       | 2 Fachräume
Marie-Curie-Gymnasium           |  4   |          968        |      1.041       | 3 Klassenräume
Alexander-von-Humboldt-Gymnasium|  5   |        1.236        |      1.288       | gedeckt

Besonderheiten: Mit der Rückkehr zu G9 steigt der Raumbedarf ab dem Schuljahr 2026/27 um
eine Jahrgangsstufe. Für das Marie-Curie-Gymnasium wird ein Erweiterungsbau auf dem
Nachbargrundstück an der Geschwister-Scholl-Straße vorgeschlagen (Kostenschätzung
8,4 Mio. €, Vorlage 2026/0441).

4.3 Gesamtschulen

Die Geschwister-Scholl-Gesamtschule ist seit drei Jahren überangemeldet (2025: 212
Anmeldungen für 162 Plätze). Die Verwaltung schlägt vor, die Janusz-Korczak-Gesamtschule ab
2027/28 um einen Zug zu erweitern.

Anmerkung: Alle Schülerzahlen nach amtlicher Schulstatistik (Stichtag 15.10.2025).
""",
    keep=[
        "Theodor-Schwann-Gymnasium",
        "Marie-Curie-Gymnasium",
        "Geschwister-Scholl-Gesamtschule",
        "Janusz-Korczak-Gesamtschule",
        "Vorlage 2026/0441",
        "Besonderheiten:",
    ],
)

clean(
    "press",
    """
Pressemitteilung der Landeshauptstadt Düsseldorf vom 05.03.2026

Umgestaltung am Hauptbahnhof: Zweiter Bauabschnitt auf dem Konrad-Adenauer-Platz beginnt

Am Montag, 16. März 2026, beginnt der zweite Bauabschnitt der Umgestaltung des
Konrad-Adenauer-Platzes. Bis voraussichtlich Herbst 2027 entstehen auf der Westseite eine
neue Fahrradstation mit 1.200 Stellplätzen, ein überdachter Umsteigepunkt für die Buslinien
722, 725 und 737 sowie 38 neue Bäume.

Während der Bauarbeiten wird der Taxistand auf den Bertha-von-Suttner-Platz verlegt. Die
Zufahrt zur Tiefgarage bleibt über die Harkortstraße erreichbar. Fußgängerinnen und Fußgänger
werden über einen gesicherten Korridor entlang der Immermannstraße geführt.

Die Gesamtkosten der Maßnahme liegen bei rund 24,6 Millionen Euro; das Land beteiligt sich
über das Förderprogramm Nahmobilität mit 60 Prozent.

Eine Informationsveranstaltung findet am Mittwoch, 11. März 2026, um 18:30 Uhr im
Bürgersaal des Bezirksrathauses statt. Fragen nimmt das Projektteam unter
konrad-adenauer-platz@duesseldorf.de entgegen.

Pressekontakt: Amt für Kommunikation, Telefon 0211 89-93131, presse@duesseldorf.de
""",
    keep=[
        "Konrad-Adenauer-Platz",
        "Bertha-von-Suttner-Platz",
        "konrad-adenauer-platz@duesseldorf.de",
        "0211 89-93131",
        "presse@duesseldorf.de",
    ],
)

clean(
    "press",
    """
Bürgerstiftung vergibt Ehrenamtspreis 2026 – Bewerbungen bis 30. April

Die Marie-Juchacz-Stiftung der Stadt Hannover vergibt auch in diesem Jahr ihren Preis für
bürgerschaftliches Engagement. Ausgezeichnet werden Initiativen, Vereine und
Nachbarschaftsprojekte, die sich in den Bereichen Pflege, Integration, Sport oder Umwelt
engagieren. Der Preis ist mit insgesamt 15.000 Euro dotiert und wird in drei Kategorien
vergeben.

Die Preisverleihung findet am 5. Dezember 2026, dem Internationalen Tag des Ehrenamts, im
Hodlersaal des Neuen Rathauses statt. Über die Vergabe entscheidet ein Kuratorium aus
Vertreterinnen und Vertretern der Wohlfahrtsverbände, des Stadtsportbunds und der
Freiwilligenagentur.

Bewerbungsunterlagen gibt es unter www.hannover.de/ehrenamtspreis oder im Büro der Stiftung,
Trammplatz 2, Zimmer 112. Rückfragen: Telefon 0511 168-4 12 00, stiftung@hannover-stadt.de.

Teilnahmebedingungen: Einzelpersonen können nicht vorgeschlagen werden; das Projekt muss seit
mindestens einem Jahr bestehen und seinen Schwerpunkt im Stadtgebiet haben.
""",
    keep=[
        "Marie-Juchacz-Stiftung",
        "Hodlersaal",
        "Trammplatz 2, Zimmer 112",
        "0511 168-4 12 00",
        "stiftung@hannover-stadt.de",
    ],
)

clean(
    "table",
    """
Städtische Museen – Besucherstatistik Januar bis Dezember 2025

Haus                          | Besucher 2024 | Besucher 2025 | Veränderung | Anteil freier Eintritt
Stadtmuseum                   |      48.210   |      51.874   |    +7,6 %   |       22 %
Kunsthalle                    |      31.902   |      29.118   |    -8,7 %   |       15 %
Naturkundemuseum              |      64.455   |      70.301   |    +9,1 %   |       38 %
Industriemuseum Alte Weberei  |      12.077   |      13.420   |   +11,1 %   |       41 %
Summe                         |     156.644   |     164.713   |    +5,2 %   |       29 %

Besucher: gezählte Eintritte einschließlich Veranstaltungen und Führungen.
Anteil freier Eintritt: Kinder und Jugendliche, Museumssonntag, Inhaber der Ehrenamtskarte.
Bemerkungen: Die Kunsthalle war vom 03.03. bis 14.04.2025 wegen des Umbaus der Klimaanlage
geschlossen. Der Museumssonntag (jeder erste Sonntag im Monat) brachte im Schnitt 1.140
Besucher pro Termin.
Sonstiges: Die Zählung im Industriemuseum erfolgt seit 2025 über das neue Kassensystem
(Version 4.1), die Vorjahreswerte sind geschätzt.
""",
    keep=[
        "Besucher: gezählte Eintritte",
        "Anteil freier Eintritt",
        "Bemerkungen:",
        "Sonstiges:",
        "Version 4.1",
    ],
)

clean(
    "directive",
    """
Dienstanweisung Nr. 12/2026 – Umgang mit Sozialdaten bei Auskunftsersuchen Dritter

1. Geltungsbereich
Diese Dienstanweisung gilt für alle Beschäftigten des Sozialamts, des Jugendamts und des
Jobcenters in kommunaler Trägerschaft.

2. Grundsatz
Sozialdaten dürfen nur offenbart werden, soweit eine gesetzliche Übermittlungsbefugnis nach
den §§ 68 bis 77 SGB X vorliegt oder die betroffene Person eingewilligt hat (§ 67b SGB X).
Telefonische Auskünfte an Dritte sind grundsätzlich unzulässig.

3. Bevollmächtigte
Tritt ein Bevollmächtigter auf, ist die schriftliche Vollmacht zur Akte zu nehmen
(§ 13 Abs. 1 SGB X). Ist ein Bevollmächtigter bestellt, soll sich die Behörde an ihn wenden
(§ 13 Abs. 3 SGB X); die betroffene Person kann sich nach § 13 Abs. 2 SGB X weiterhin
selbst an die Behörde wenden.

4. Auskunftsersuchen von Polizei und Staatsanwaltschaft
Ersuchen sind über die Amtsleitung zu leiten. Übermittelt werden nur die in § 68 Abs. 1
SGB X genannten Daten (Name, Vorname, Geburtsdatum, Geburtsort, derzeitige und frühere
Anschriften, Namen und Anschriften der Arbeitgeber).

5. Dokumentation
Jede Übermittlung ist im Fachverfahren unter „Übermittlungen“ mit Datum, Empfänger,
Rechtsgrundlage und Aktenzeichen zu vermerken.

6. Inkrafttreten
Die Dienstanweisung tritt am 01.04.2026 in Kraft; die Dienstanweisung Nr. 7/2019 tritt
zugleich außer Kraft.
""",
    keep=[
        "§ 13 Abs. 2 SGB X",
        "§ 67b SGB X",
        "Dienstanweisung Nr. 12/2026",
        "Name, Vorname, Geburtsdatum, Geburtsort",
        "Bevollmächtigte",
    ],
)

clean(
    "tender",
    """
Bekanntmachung – Öffentliche Ausschreibung nach § 9 UVgO

Vergabenummer: 60-2026-017
Auftraggeber: Stadt Karlsruhe, Zentraler Juristischer Dienst – Vergabestelle,
Karl-Friedrich-Straße 10, 76133 Karlsruhe, vergabestelle@karlsruhe.de

Gegenstand: Winterdienst auf Geh- und Radwegen im Stadtteil Durlach, Saison 2026/27
und 2027/28, mit Option auf zweimalige Verlängerung um je eine Saison
CPV-Code: 90620000-9 (Schneeräumung), 90630000-2 (Eisbeseitigung)

Lose: Los 1 Durlach-Aue, Los 2 Bergwald und Hohenwettersbach
Ausführungsfrist: 01.11.2026 bis 31.03.2028

Angebotsfrist: 14.04.2026, 10:00 Uhr
Bindefrist: 30.06.2026
Submission: nicht öffentlich (elektronische Angebotsabgabe)

Vergabeunterlagen: kostenfrei über die Vergabeplattform, Projekt-ID 1817-2026
Zuschlagskriterien: Preis 70 %, Einsatzbereitschaft (Reaktionszeit) 30 %
Eignung: Nachweis über mindestens drei vergleichbare Referenzen aus den Jahren 2022 bis 2025

Rückfragen ausschließlich über die Kommunikationsfunktion der Vergabeplattform bis
07.04.2026.
""",
    keep=[
        "Vergabenummer: 60-2026-017",
        "Karl-Friedrich-Straße 10",
        "90620000-9",
        "Projekt-ID 1817-2026",
        "14.04.2026, 10:00 Uhr",
    ],
)

clean(
    "guide",
    """
Ausfüllhilfe zum Antrag auf Wohngeld (Formular WG 1, Stand 01/2026)

Feld 1 – Antragsteller/in
Name, Vorname: wie im Personalausweis oder Reisepass, bei Doppelnamen beide Namensteile.
Geburtsdatum: im Format TT.MM.JJJJ.
Steuer-Identifikationsnummer: die 11-stellige Nummer finden Sie auf Ihrem
Einkommensteuerbescheid oder Ihrer Lohnsteuerbescheinigung.
Rentenversicherungsnummer: nur angeben, wenn Sie Rente beziehen.

Feld 2 – Haushaltsmitglieder
Tragen Sie alle Personen ein, die mit Ihnen zusammen wohnen und wirtschaften. Kinder, die
sich regelmäßig zur Hälfte bei Ihnen aufhalten, zählen mit.

Feld 9 – Bankverbindung
IBAN: Die deutsche IBAN hat 22 Stellen und beginnt mit DE. Bitte prüfen Sie die Angabe
sorgfältig; fehlerhafte Angaben verzögern die Auszahlung.
Kontoinhaber/in: nur ausfüllen, wenn das Konto nicht auf Sie läuft.

Anlagen
Bitte fügen Sie nur Kopien bei, keine Originale. Ohne Mietbescheinigung (Anlage 3) kann der
Antrag nicht bearbeitet werden.

Bemerkungen
Hier können Sie Besonderheiten erläutern, z. B. einen bevorstehenden Umzug.

Fragen? Wohngeldstelle, Servicetelefon 0800 111 22 33 (kostenfrei), Mo–Do 8–15 Uhr.
""",
    keep=[
        "Name, Vorname:",
        "Geburtsdatum: im Format TT.MM.JJJJ",
        "Steuer-Identifikationsnummer:",
        "Kontoinhaber/in:",
        "Bemerkungen",
        "0800 111 22 33",
    ],
)

clean(
    "minutes",
    """
Niederschrift über die Personalversammlung der Stadtverwaltung am 24.02.2026
Ort: Stadthalle, Großer Saal | Beginn 09:00 Uhr | Ende 11:45 Uhr
Teilnehmende: ca. 640 Beschäftigte

TOP 1 – Tätigkeitsbericht des Personalrats
Der Vorsitzende des Personalrats berichtet über 214 Mitbestimmungsverfahren im Jahr 2025,
davon 188 Einstellungen und Höhergruppierungen. Schwerpunkt war die Dienstvereinbarung zur
mobilen Arbeit, die seit 01.07.2025 gilt.

TOP 2 – Bericht des Oberbürgermeisters
Der Oberbürgermeister dankt den Beschäftigten für die Bewältigung der Wahlen 2025. Er kündigt
an, dass der Stellenplan 2026 insgesamt 46 zusätzliche Stellen vorsieht, überwiegend im
Jugendamt und in der Bauaufsicht.

TOP 3 – Aussprache
Mehrere Beschäftigte aus dem Bürgeramt schildern die Belastung durch lange Warteschlangen.
Eine Beschäftigte der Kita-Verwaltung fragt nach dem Stand der Eingruppierung der
Kitaleitungen; die Personaldezernentin sagt eine Antwort bis Ende März zu.

TOP 4 – Verschiedenes
Die Schwerbehindertenvertretung weist auf ihre Sprechstunden hin (dienstags 9–12 Uhr,
Raum 3.07). Die Gleichstellungsbeauftragte stellt das Mentoring-Programm 2026 vor.

Für die Richtigkeit: Schriftführung des Personalrats
""",
    keep=[
        "TOP 4 – Verschiedenes",
        "Raum 3.07",
        "09:00 Uhr",
        "Der Oberbürgermeister",
        "Die Gleichstellungsbeauftragte",
    ],
)

clean(
    "calendar",
    """
Abfuhrkalender 2026 – Bezirk 7 (Südstadt)

Restabfall (grau), 14-täglich, Montag:
Bismarckstraße, Goethestraße, Kaiser-Friedrich-Straße, Vogelsang, Am Fuchsbau,
Winterbergweg, Schillerplatz, Clara-Schumann-Weg

Bioabfall (braun), wöchentlich Juni bis September, sonst 14-täglich, Dienstag:
Bauerngasse, Lange Reihe, Kleiner Markt, Richard-Wagner-Straße, Dr.-Ruer-Platz

Papier (blau), 4-wöchentlich, Freitag:
alle Straßen des Bezirks

Feiertagsverschiebungen:
Ostermontag 06.04. → Dienstag 07.04.
Pfingstmontag 25.05. → Dienstag 26.05.
Tag der Deutschen Einheit 03.10. (Samstag) – keine Verschiebung

Weihnachtsbäume werden am 09.01.2027 abgeholt (ohne Lametta und Schmuck).
Sperrmüll auf Abruf: online oder Tel. 0800 987 65 43.

Abfallberatung: abfallberatung@entsorgung-stadt.de
""",
    keep=[
        "Kaiser-Friedrich-Straße",
        "Am Fuchsbau",
        "Clara-Schumann-Weg",
        "Richard-Wagner-Straße",
        "Lange Reihe",
        "abfallberatung@entsorgung-stadt.de",
    ],
)

clean(
    "council",
    """
Stadt Herne – Beschlussvorlage
Vorlage Nr. 0815/2026                                       öffentlich
Federführung: Fachbereich Umwelt und Stadtplanung
Beratungsfolge: Ausschuss für Planung und Stadtentwicklung (24.03.2026, Vorberatung)
                Rat der Stadt (21.04.2026, Entscheidung)

Betreff: Aufstellung des Bebauungsplans Nr. 251 „Wohnquartier Am Westring“

Beschlussvorschlag:
Der Rat der Stadt beschließt gemäß § 2 Abs. 1 BauGB die Aufstellung des Bebauungsplans
Nr. 251 „Wohnquartier Am Westring“ für den im Übersichtsplan (Anlage 1) dargestellten
Bereich. Die frühzeitige Beteiligung der Öffentlichkeit nach § 3 Abs. 1 BauGB wird
durchgeführt.

Sachverhalt:
Auf der ehemaligen Gewerbefläche (ca. 4,2 ha) sollen rund 180 Wohneinheiten, davon
mindestens 30 Prozent öffentlich gefördert, eine Kita mit vier Gruppen und eine Quartiersgarage
entstehen. Die Fläche liegt seit 2019 brach.

Finanzielle Auswirkungen:
Planungskosten 2026: 85.000 € (Produkt 09.01.01, Sachkonto 5431000), im Haushalt veranschlagt.

Anlagen:
1. Übersichtsplan Geltungsbereich
2. Städtebaulicher Rahmenplan (Entwurf, Stand 02/2026)
""",
    keep=[
        "Vorlage Nr. 0815/2026",
        "§ 2 Abs. 1 BauGB",
        "Bebauungsplans Nr. 251",
        "Sachkonto 5431000",
        "Anlagen:",
    ],
)

clean(
    "inventory",
    """
Inventarliste – Besprechungsräume Verwaltungsgebäude Süd, Stand 02.03.2026

Raum   | Inv.-Nr.       | Artikel                               | Art.-Nr.        | Anzahl | Zustand
S 1.04 | INV-2019-0412  | Konferenztisch, Buche, 240 x 100 cm   | KT-240-B        |   2    | gut
S 1.04 | INV-2019-0413  | Stuhl, stapelbar, Polster anthrazit   | ST-44-ANT       |  16    | 3 defekt
S 1.04 | INV-2023-1188  | Display 75 Zoll mit Wandhalterung     | 4711-75-UHD     |   1    | gut
S 2.11 | INV-2021-0730  | Whiteboard, mobil, 180 x 120 cm       | WB-180-M        |   1    | Rollen ersetzen
S 2.11 | INV-2024-0055  | Videokonferenzsystem                  | VCS-200 (FW 3.2.7) |  1  | gut
S 2.12 | INV-2016-0098  | Aktenschrank, abschließbar            | AS-5OH-GR       |   4    | 1 Schlüssel fehlt

Bemerkungen:
Die defekten Stühle aus S 1.04 wurden im Ticket HM-2026-0217 gemeldet.
Aussonderung: Aktenschränke aus S 2.12 nach Digitalisierung der Registratur (Q3/2026).
Verantwortlich: Hausverwaltung, Sachgebiet Ausstattung, App. 3318.
""",
    keep=["INV-2019-0412", "Art.-Nr.", "4711-75-UHD", "HM-2026-0217", "FW 3.2.7", "App. 3318"],
)

clean(
    "notice",
    """
Fahrplanänderung ab 06.04.2026 – Linien 318 und 319

Wegen der Sanierung der Brücke über die Ruhr wird die Haltestelle „Rathaus Süd“ vom
06.04. bis voraussichtlich 30.10.2026 nicht bedient. Ersatzhaltestelle ist „Kaiserplatz“
(Steig 3), ca. 250 m entfernt.

Linie 318: Fahrten ab Hauptbahnhof um xx:12 und xx:42 verkehren über die Umleitungsstrecke,
Fahrzeitverlängerung ca. 6 Minuten.
Linie 319: Die Spätfahrten um 23:05 und 23:35 entfallen samstags.

Anschlüsse an die S-Bahn in Richtung Dortmund können nicht in allen Fällen gewährleistet
werden.

Fahrgastinformation: Servicetelefon 01806 50 40 30 (20 ct/Anruf aus dem Festnetz),
kundencenter@verkehrsbetrieb-example.de
""",
    keep=[
        "Linien 318 und 319",
        "„Kaiserplatz“",
        "xx:12 und xx:42",
        "01806 50 40 30",
        "kundencenter@verkehrsbetrieb-example.de",
    ],
)

clean(
    "notice",
    """
Stadtförsterei – Hinweise zu Wildtieren in Wohngebieten

Fuchs, Dachs und Steinmarder leben inzwischen in fast allen Stadtteilen. Ein Fuchs, der
tagsüber im Garten liegt, ist in aller Regel nicht krank: Deutschland gilt seit 2008 als
tollwutfrei. Füttern Sie Wildtiere nicht und lassen Sie kein Katzen- oder Hundefutter draußen
stehen.

Vogel gefunden? Junge Vögel, die noch nicht fliegen können, werden meist von den Eltern
weiter versorgt. Setzen Sie den Vogel nur bei unmittelbarer Gefahr (Straße, Katze) in ein
nahes Gebüsch.

Winter: Igel halten von November bis März Winterschlaf. Laubhaufen bitte liegen lassen.

Bauer oder Jäger? Für Wildschäden auf landwirtschaftlichen Flächen ist der
Jagdausübungsberechtigte zuständig, nicht die Stadt.

Kontakt: Stadtförsterei, Tel. 0521 51-3888, stadtfoersterei@bielefeld.de
Verletzte Tiere: Wildtierstation, Tel. 0521 51-7777 (24 Stunden)
""",
    keep=[
        "Fuchs, Dachs und Steinmarder",
        "Vogel gefunden?",
        "Winter:",
        "Bauer oder Jäger?",
        "0521 51-3888",
        "stadtfoersterei@bielefeld.de",
    ],
)

clean(
    "table",
    """
Gebührenverzeichnis Bürgeramt (Auszug), gültig ab 01.01.2026

Leistung                                                  | Rechtsgrundlage          | Gebühr
Personalausweis, Antragsteller ab 24 Jahre                 | § 1 Abs. 1 PAuswGebV     | 37,00 €
Personalausweis, Antragsteller unter 24 Jahre              | § 1 Abs. 1 PAuswGebV     | 22,80 €
Vorläufiger Personalausweis                                | § 1 Abs. 2 PAuswGebV     | 10,00 €
Reisepass (32 Seiten), ab 24 Jahre                         | § 15 PassV               | 70,00 €
Reisepass (48 Seiten), ab 24 Jahre                         | § 15 PassV               | 92,00 €
Expressreisepass, Zuschlag                                 | § 15 PassV               | 32,00 €
Einfache Meldebescheinigung                                | Tarifstelle 1.1 GebO     |  8,00 €
Erweiterte Meldebescheinigung                              | Tarifstelle 1.2 GebO     | 12,00 €
Führungszeugnis (Weiterleitung an das Bundesamt für Justiz) | § 1 JVKostG, Nr. 1130    | 13,00 €
Beglaubigung einer Kopie, je Seite                         | Tarifstelle 4.3 GebO     |  3,50 €

Hinweise
Gebührenbefreiung: Für Führungszeugnisse zur Ausübung eines Ehrenamts wird keine Gebühr erhoben.
Zahlung: bar, mit Girocard oder kontaktlos; eine Zahlung per Rechnung ist nicht möglich.
""",
    keep=[
        "§ 1 Abs. 1 PAuswGebV",
        "Tarifstelle 1.2 GebO",
        "Nr. 1130",
        "37,00 €",
        "Gebührenbefreiung:",
    ],
)

clean(
    "email",
    """
Von: Bürgerdienste Stadt Gera <buergerdienste@gera.de>
Betreff: AW: Frage zur Ummeldung [Vorgang #2026030411]

Guten Tag,

vielen Dank für Ihre Nachricht. Eine Ummeldung innerhalb von Gera muss innerhalb von zwei
Wochen nach dem Einzug erfolgen (§ 17 Abs. 1 BMG). Bitte vereinbaren Sie dafür einen Termin
im Bürgerservice im Rathaus, Kornmarkt 12, oder in der Außenstelle Lusan.

Mitzubringen sind:
Personalausweis oder Reisepass aller umziehenden Personen
Wohnungsgeberbestätigung des Vermieters
bei Kindern unter 16 Jahren: Einverständnis beider Sorgeberechtigter

Die Ummeldung ist gebührenfrei. Die Änderung der Anschrift auf dem Personalausweis erfolgt
direkt vor Ort durch einen Aufkleber.

Wenn Sie weitere Fragen haben, antworten Sie bitte direkt auf diese E-Mail und lassen die
Vorgangsnummer im Betreff stehen.

Freundliche Grüße
Ihr Team Bürgerdienste
Stadtverwaltung Gera | Tel. 0365 838-0 | www.gera.de
""",
    keep=[
        "buergerdienste@gera.de",
        "#2026030411",
        "§ 17 Abs. 1 BMG",
        "Kornmarkt 12",
        "0365 838-0",
        "Ihr Team Bürgerdienste",
    ],
)

clean(
    "report",
    """
Mängelmelder – Quartalsauswertung IV/2025

Kategorie                    | Meldungen | erledigt | Ø Bearbeitungszeit
Straßenschäden / Schlaglöcher |    412    |   371    |  11,4 Tage
Illegale Müllablagerung       |    688    |   664    |   3,2 Tage
Defekte Straßenbeleuchtung    |    305    |   298    |   6,8 Tage
Spielplätze                   |     74    |    70    |   9,1 Tage
Grünpflege / Bäume            |    219    |   183    |  17,5 Tage
Sonstiges                     |    140    |   121    |   8,0 Tage
Gesamt                        |  1.838    | 1.707    |   7,9 Tage

Auffälligkeiten:
Spitzenwert am 06.11.2025 mit 61 Meldungen nach dem Sturmtief.
Der Anteil der Meldungen über die App stieg auf 72 Prozent (Vorquartal 64 Prozent).
Bei Grünpflege/Bäume verlängert die Prüfung durch die Baumkontrolle die Bearbeitungszeit.

Ausblick: Ab Version 3.0 der App (geplant für Mai 2026) können Meldende ein Foto direkt
verorten; Anfragen zur Schnittstelle an maengelmelder@stadt-example.de.
""",
    keep=[
        "Quartalsauswertung IV/2025",
        "Sonstiges",
        "Auffälligkeiten:",
        "Version 3.0",
        "maengelmelder@stadt-example.de",
    ],
)

clean(
    "announcement",
    """
Wahlbekanntmachung – Oberbürgermeisterwahl am 20. September 2026

1. Die Wahl dauert von 8:00 bis 18:00 Uhr.

2. Die Stadt ist in 86 allgemeine Wahlbezirke eingeteilt. In den Wahlbenachrichtigungen, die
bis zum 30. August 2026 übersandt werden, sind Wahlbezirk und Wahlraum angegeben.

Barrierefreie Wahlräume (Auswahl):
Wahlbezirk 101   Geschwister-Scholl-Schule, Eingang Pausenhof, Raum E 04
Wahlbezirk 104   Albert-Schweitzer-Haus, Gemeindesaal
Wahlbezirk 112   Käthe-Kollwitz-Grundschule, Mensa
Wahlbezirk 205   Sporthalle am Willy-Brandt-Ring
Wahlbezirk 318   Seniorenzentrum Martin Luther King, Cafeteria

3. Jede wahlberechtigte Person kann nur in dem Wahlraum wählen, in dessen Wählerverzeichnis
sie eingetragen ist. Bitte bringen Sie die Wahlbenachrichtigung und einen Personalausweis oder
Reisepass mit.

4. Briefwahl: Wahlscheine können bis Freitag, 18. September 2026, 15:00 Uhr, beim Wahlamt,
Rathausplatz 1, Raum 0.12, beantragt werden, online unter www.stadt-example.de/briefwahl.

Der Wahlleiter
""",
    keep=[
        "Geschwister-Scholl-Schule",
        "Albert-Schweitzer-Haus",
        "Käthe-Kollwitz-Grundschule",
        "Seniorenzentrum Martin Luther King",
        "Raum 0.12",
    ],
)

clean(
    "checklist",
    """
Checkliste Umzug – was Sie bei der Stadt erledigen müssen

[ ] Anmeldung der neuen Wohnung im Bürgeramt (innerhalb von 2 Wochen)
[ ] Wohnungsgeberbestätigung vom Vermieter besorgen
[ ] Personalausweis und Reisepass aller Familienmitglieder mitnehmen
[ ] Kfz-Zulassung: neue Anschrift in der Zulassungsbescheinigung Teil I eintragen lassen
    (Kennzeichen kann behalten werden)
[ ] Hund anmelden (Hundesteuer, Formular HS 1)
[ ] Bewohnerparkausweis beantragen (falls Zone vorhanden)
[ ] Kita-Platz: Wechsel beim Jugendamt melden
[ ] Schule: Umschulung mit der bisherigen und der neuen Schule abstimmen

Nicht bei der Stadt, aber wichtig:
Finanzamt (erfolgt automatisch über die Meldebehörde), Krankenkasse, Bank, Arbeitgeber,
Rundfunkbeitrag (www.rundfunkbeitrag.de), Nachsendeauftrag bei der Post.

Stand: März 2026 – Bürgeramt, Infotheke Erdgeschoss
""",
    keep=[
        "Zulassungsbescheinigung Teil I",
        "Formular HS 1",
        "Wohnungsgeberbestätigung",
        "Nicht bei der Stadt, aber wichtig:",
        "Infotheke Erdgeschoss",
    ],
)

clean(
    "menu",
    """
Kantine im Stadthaus – Speiseplan KW 12 (16.–20.03.2026)

Montag      Strammer Max mit Gewürzgurke | vegetarisch: Kartoffelpuffer mit Apfelmus
Dienstag    Königsberger Klopse, Reis, Rote Bete | vegan: Linsen-Dal mit Fladenbrot
Mittwoch    Kaiserschmarrn mit Zwetschgenröster | Bauernfrühstück mit Salat
Donnerstag  Falscher Hase, Kartoffelpüree, Erbsen und Möhren | vegetarisch: Gemüselasagne
Freitag     Backfisch mit Remoulade | Arme Ritter mit Vanillesoße

Preise: Hauptgericht 4,90 € (Gäste 6,90 €), Dessert 1,50 €, Salatbar 1,20 €/100 g
Allergene und Zusatzstoffe: siehe Aushang an der Ausgabe
Ausgabe: 11:30 – 13:45 Uhr, Kasse 1 und 2 (nur Kartenzahlung)
""",
    keep=[
        "Strammer Max",
        "Königsberger Klopse",
        "Kaiserschmarrn",
        "Arme Ritter",
        "11:30 – 13:45 Uhr",
    ],
)

clean(
    "list",
    """
Denkmalliste der Stadt Lüneburg – Nachträge 2025 (Baudenkmale nach § 3 Abs. 2 NDSchG)

Lfd. Nr. | Objekt                                         | Lage                       | Datierung
D-412    | Wasserturm                                     | Am Wasserturm 1            | 1907
D-413    | Ehem. Salinenverwaltung, Kontorgebäude         | Sülzwiesen 2               | um 1790
D-414    | Wohnhaus mit Utlucht                           | Heiligengeiststraße 28     | 1548, d
D-415    | Heinrich-Heine-Haus, Bürgerhaus mit Saal       | Am Ochsenmarkt 1a          | 17. Jh.
D-416    | Kriegerdenkmal, Sandstein                      | Clamartpark                | 1925
D-417    | Ensemble Arbeitersiedlung Kaltenmoor (Gruppe)  | Bei der Keulahütte 2–24    | 1928–1931

Erläuterungen:
d = dendrochronologisch datiert.
Gruppe = Gruppe baulicher Anlagen nach § 3 Abs. 3 NDSchG.
Bemerkungen: Für D-415 liegt ein Sanierungskonzept vor (Beschluss des Kulturausschusses,
Drucksache VO/10744/25).

Auskunft: Untere Denkmalschutzbehörde, Neue Sülze 35, Zimmer 208,
denkmalschutz@stadt.lueneburg.de
""",
    keep=[
        "§ 3 Abs. 2 NDSchG",
        "Heinrich-Heine-Haus",
        "Am Ochsenmarkt 1a",
        "Drucksache VO/10744/25",
        "denkmalschutz@stadt.lueneburg.de",
    ],
)

clean(
    "order",
    """
Stadt Mannheim – Fachbereich Sicherheit und Ordnung, Straßenverkehrsbehörde
Verkehrsrechtliche Anordnung nach § 45 Abs. 1 und 6 StVO

Anordnungs-Nr.: VA 31.4-2026-0219
Maßnahme: Vollsperrung für Kranarbeiten
Ort: Quadrat N 7, zwischen Kunststraße und Kaiserring (Fahrtrichtung Wasserturm)
Zeitraum: 28.03.2026, 06:00 Uhr bis 29.03.2026, 20:00 Uhr

Beschilderung nach Regelplan C I/6 der RSA 21:
- Zeichen 250 (Verbot für Fahrzeuge aller Art) mit Zusatzzeichen 1020-30 (Anlieger frei)
- Umleitung U 12 über Friedrichsring
- Haltverbot (Zeichen 283) ab 27.03.2026, 18:00 Uhr, mindestens 72 Stunden vorher aufstellen

Auflagen:
1. Die Zufahrt für Rettungsfahrzeuge ist jederzeit zu gewährleisten (Durchfahrtsbreite
   mindestens 3,50 m).
2. Die Haltestelle „Kunststraße“ der Linien 1 und 5 bleibt in Betrieb.
3. Beginn und Ende der Maßnahme sind der Verkehrsüberwachung unter
   verkehrsueberwachung@mannheim.de anzuzeigen.

Diese Anordnung ist an der Baustelle mitzuführen.
""",
    keep=[
        "VA 31.4-2026-0219",
        "§ 45 Abs. 1 und 6 StVO",
        "Zeichen 250",
        "Kaiserring",
        "verkehrsueberwachung@mannheim.de",
    ],
)

clean(
    "policy",
    """
IT-Sicherheitsrichtlinie – Anlage 3: Passwörter und Zugänge (Version 2.4, gültig ab 01.04.2026)

3.1 Anforderungen an Passwörter
Mindestlänge 12 Zeichen; bei Passphrasen 20 Zeichen. Eine regelmäßige Änderung ist nicht
mehr vorgeschrieben; Passwörter sind sofort zu ändern, wenn ein Verdacht auf Kompromittierung
besteht (siehe BSI IT-Grundschutz ORP.4.A23).

3.2 Mehrfaktor-Authentisierung
Für den Fernzugriff (VPN, Webmail) ist ab Client-Version 5.2 ein zweiter Faktor Pflicht.
Erlaubte Verfahren: Authenticator-App, FIDO2-Schlüssel. SMS-Codes sind nicht zulässig.

3.3 Administrative Konten
Administrative Konten erhalten das Präfix „adm-“ und dürfen nicht für E-Mail und Internet
genutzt werden. Der Zugriff erfolgt ausschließlich über die Sprungserver im Netzsegment
„ADM“ (Port 3389 nur intern freigegeben).

3.4 Sperrung
Nach 10 Fehlversuchen wird ein Konto für 30 Minuten gesperrt. Entsperrungen nur über den
Servicedesk nach Rückruf auf die im Telefonverzeichnis eingetragene Durchwahl.

Verantwortlich: Informationssicherheitsbeauftragte/r, isb@stadt-example.de
Änderungshistorie: 2.3 (05/2024) → 2.4 (03/2026), Abschnitt 3.2 neu
""",
    keep=["Version 2.4", "ORP.4.A23", "Client-Version 5.2", "Port 3389", "isb@stadt-example.de"],
)

clean(
    "job",
    """
Die Stadt Oldenburg sucht zum nächstmöglichen Zeitpunkt für das Amt für Bürgerdienste eine/n

Sachbearbeiter/in Ausländerbehörde (m/w/d)
Entgeltgruppe 9a TVöD bzw. Besoldungsgruppe A 9 NBesG
Kennziffer 2026/047 – unbefristet – Vollzeit (Teilzeit möglich)

Ihre Aufgaben
Bearbeitung von Anträgen auf Erteilung und Verlängerung von Aufenthaltstiteln
Beratung von Antragstellenden, auch in englischer Sprache
Zusammenarbeit mit Jobcenter, Arbeitsagentur und Sicherheitsbehörden

Ihr Profil
Verwaltungsfachwirt/in (Angestelltenlehrgang II) oder Bachelor of Arts Public Administration
Kenntnisse im Aufenthaltsrecht sind wünschenswert

Wir bieten
Gleitzeit ohne Kernzeit, mobiles Arbeiten bis zu 40 Prozent, Jobticket, betriebliches
Gesundheitsmanagement, Zusatzversorgung (VBL)

Bewerbungen bis 05.04.2026 über das Online-Portal unter Angabe der Kennziffer.
Fragen zum Aufgabengebiet: Amt für Bürgerdienste, Tel. 0441 235-4470
Fragen zum Verfahren: Fachdienst Personal, bewerbung@stadt-oldenburg.de

Schwerbehinderte Menschen werden bei gleicher Eignung bevorzugt berücksichtigt.
""",
    keep=[
        "Kennziffer 2026/047",
        "Entgeltgruppe 9a TVöD",
        "Ihre Aufgaben",
        "Ihr Profil",
        "0441 235-4470",
        "bewerbung@stadt-oldenburg.de",
    ],
)

clean(
    "press",
    """
Altstadtfest 2026: Programm steht – drei Bühnen, 140 Stände

Vom 26. bis 28. Juni 2026 feiert die Stadt wieder ihr Altstadtfest. Die Hauptbühne auf dem
Marktplatz eröffnet am Freitag um 18:00 Uhr mit dem Fassanstich, danach spielt die
Stadtkapelle. Auf der Bühne am Schlossplatz treten am Samstag ab 14:00 Uhr Schulbands auf,
im Kulturhof gibt es Kinderprogramm von 11:00 bis 17:00 Uhr.

Sonntag, 28. Juni:
10:00 Uhr  Ökumenischer Gottesdienst, Bühne Marktplatz
11:30 Uhr  Frühschoppen mit dem Musikverein
13:00 Uhr  Historischer Handwerkermarkt in der Schmiedegasse
16:00 Uhr  Entenrennen auf dem Mühlbach (Lose 2,00 €, Erlös für die Tafel)
20:30 Uhr  Abschlusskonzert

Verkehr: Die Innenstadt ist von Freitag, 12:00 Uhr, bis Montag, 06:00 Uhr, für den
Durchgangsverkehr gesperrt. Park-and-Ride ab Messeplatz, Shuttlebus alle 10 Minuten.

Jugendschutz: Kontrollen durch Ordnungsamt und Jugendamt; Ausweise bitte mitführen.

Infos: www.altstadtfest-example.de, Stadtmarketing, Tel. 07 11 22 33-0
""",
    keep=[
        "Schmiedegasse",
        "18:00 Uhr",
        "Lose 2,00 €",
        "Tel. 07 11 22 33-0",
        "Park-and-Ride ab Messeplatz",
    ],
)

clean(
    "table",
    """
Bevölkerungsstand nach Stadtbezirken, 31.12.2025 (Hauptwohnsitze)

Stadtbezirk      | Einwohner | davon weiblich | unter 18 J. | 65 J. und älter | Ausländeranteil
Mitte            |   42.118  |     21.302     |    5.902    |       7.344     |     24,7 %
Nord             |   31.774  |     16.011     |    5.410    |       6.893     |     18,2 %
Ost              |   27.903  |     14.220     |    4.988    |       6.120     |     12,9 %
Süd              |   36.455  |     18.730     |    6.771    |       8.004     |     10,4 %
West             |   29.660  |     15.002     |    5.237    |       7.118     |     15,6 %
Stadt insgesamt  |  167.910  |     85.265     |   28.308    |      35.479     |     16,9 %

Quelle: Melderegister, Auswertung der Statistikstelle (Tabelle B 1.3).
Haushalt: Die Zahl der Haushalte (Haushaltegenerierungsverfahren) wird im Mai veröffentlicht.
Anteil: Ausländeranteil = Personen ohne deutsche Staatsangehörigkeit.
""",
    keep=["Einwohner", "Tabelle B 1.3", "Haushalt:", "Anteil:", "167.910"],
)

clean(
    "bylaw",
    """
Geschäftsordnung für den Rat der Stadt Bochum und seine Ausschüsse (Auszug)
in der Fassung des Ratsbeschlusses vom 11.12.2025 (Drucksache 20252817)

§ 1 Einberufung des Rates
(1) Der Oberbürgermeister beruft den Rat ein, so oft es die Geschäftslage erfordert,
mindestens jedoch alle zwei Monate (§ 47 Abs. 1 GO NRW).
(2) Die Einladung muss den Ratsmitgliedern mindestens sieben volle Kalendertage vor dem
Sitzungstag zugehen. In dringenden Fällen kann die Frist auf drei Tage verkürzt werden; die
Dringlichkeit ist in der Einladung zu begründen.
(3) Die Einladung erfolgt elektronisch über das Ratsinformationssystem. Auf Wunsch eines
Ratsmitglieds wird sie zusätzlich in Papierform übersandt.

§ 2 Tagesordnung
(1) Der Oberbürgermeister setzt die Tagesordnung fest. Er hat Vorschläge aufzunehmen, die
ihm innerhalb einer Frist von zehn Tagen vor der Sitzung von einem Fünftel der Ratsmitglieder
oder einer Fraktion vorgelegt werden (§ 48 Abs. 1 Satz 2 GO NRW).
(2) Zeit und Ort der Sitzung sowie die Tagesordnung sind in der Tagespresse und auf der
Internetseite der Stadt öffentlich bekannt zu machen.
(3) Die Tagesordnung kann in der Sitzung um Angelegenheiten erweitert werden, die keinen
Aufschub dulden oder von äußerster Dringlichkeit sind.

§ 3 Öffentlichkeit
(1) Die Sitzungen des Rates sind öffentlich. Die Öffentlichkeit ist ausgeschlossen bei
1. Personalangelegenheiten,
2. Grundstücksgeschäften und Vergaben, soweit Interessen Dritter berührt sind,
3. Angelegenheiten, deren Geheimhaltung gesetzlich vorgeschrieben ist,
4. Rechtsgeschäften mit einzelnen Personen, bei denen persönliche oder wirtschaftliche
   Verhältnisse erörtert werden.
(2) Ton- und Bildaufnahmen durch Medienvertreter sind zulässig, soweit kein Ratsmitglied
widerspricht; der Livestream der öffentlichen Sitzungen bleibt davon unberührt.

§ 4 Einwohnerfragestunde
(1) Zu Beginn jeder ordentlichen Ratssitzung findet eine Fragestunde für Einwohnerinnen und
Einwohner statt. Sie dauert höchstens 30 Minuten.
(2) Fragen sind bis spätestens zwei Werktage vor der Sitzung, 12:00 Uhr, schriftlich beim
Büro für Ratsangelegenheiten einzureichen (Willy-Brandt-Platz 2-6, Zimmer 113, oder
ratsbuero@bochum.de). Jede fragende Person darf höchstens zwei Fragen stellen.
(3) Fragen zu Angelegenheiten der nichtöffentlichen Sitzung sind unzulässig.

§ 5 Anträge und Anfragen
(1) Anträge von Fraktionen sind spätestens am 14. Tag vor der Sitzung einzureichen. Sie
müssen einen Beschlussvorschlag und eine Begründung enthalten.
(2) Anfragen zu Angelegenheiten der Verwaltung werden schriftlich beantwortet; die Antwort
wird als Mitteilung der Verwaltung (Drucksache mit Kennzeichnung „M“) veröffentlicht.

§ 6 Redeordnung
(1) Ein Ratsmitglied darf nur sprechen, wenn ihm das Wort erteilt ist. Die Redezeit beträgt
in der Regel fünf Minuten, bei Haushaltsberatungen für die Fraktionsvorsitzenden
15 Minuten.
(2) Zur Geschäftsordnung wird das Wort außerhalb der Rednerliste erteilt.

§ 7 Abstimmungen
(1) Abgestimmt wird durch Handzeichen, in Präsenzsitzungen mit mehr als 40 anwesenden
Mitgliedern auf Antrag über die elektronische Abstimmungsanlage.
(2) Auf Antrag eines Fünftels der Ratsmitglieder wird namentlich abgestimmt.
(3) Wahlen werden durch Stimmzettel vollzogen, wenn ein Ratsmitglied widerspricht
(§ 50 Abs. 2 GO NRW).

§ 8 Niederschrift
(1) Über die Sitzung wird eine Niederschrift gefertigt; sie enthält mindestens Ort, Datum,
Beginn und Ende der Sitzung, die Namen der anwesenden Ratsmitglieder, die Tagesordnung, die
Beschlüsse und die Abstimmungsergebnisse.
(2) Die Niederschrift wird vom Oberbürgermeister und von der Schriftführung unterzeichnet und
innerhalb von vier Wochen im Ratsinformationssystem veröffentlicht.

§ 9 Ausschüsse
Für die Ausschüsse gelten die Bestimmungen dieser Geschäftsordnung entsprechend, soweit in
der Zuständigkeitsordnung (Drucksache 20211409) nichts anderes bestimmt ist.

§ 10 Inkrafttreten
Diese Geschäftsordnung tritt am Tag nach ihrer Beschlussfassung in Kraft. Gleichzeitig tritt
die Geschäftsordnung vom 17.06.2021 außer Kraft.
""",
    keep=[
        "Drucksache 20252817",
        "§ 47 Abs. 1 GO NRW",
        "Willy-Brandt-Platz 2-6, Zimmer 113",
        "ratsbuero@bochum.de",
        "Drucksache 20211409",
        "§ 4 Einwohnerfragestunde",
    ],
)

clean(
    "report",
    """
Jahresbericht 2025 – Bürgerservice und Standesamt der Stadt Kiel (Kurzfassung für den
Hauptausschuss, Drucksache 0157/2026)

1. Überblick

Das Jahr 2025 war geprägt durch zwei Wahlen, die Umstellung auf das neue Terminsystem und
die Eröffnung des Bürgerbüros in Kiel-Gaarden. Insgesamt wurden in den fünf Standorten
287.400 Vorgänge bearbeitet (2024: 271.900, +5,7 Prozent). Die durchschnittliche Wartezeit auf
einen Termin sank von 19 auf 11 Werktage.

2. Kennzahlen Bürgerservice

Leistung                              | 2024     | 2025     | Veränderung
An-, Um- und Abmeldungen              |  48.210  |  50.115  |   +3,9 %
Personalausweise (Anträge)            |  31.880  |  36.402  |  +14,2 %
Reisepässe (Anträge)                  |  14.305  |  13.990  |   -2,2 %
Meldebescheinigungen                  |  22.470  |  21.006  |   -6,5 %
Führungszeugnisse                     |  12.115  |  12.980  |   +7,1 %
Fundsachen (Eingänge)                 |   6.402  |   6.877  |   +7,4 %

Der Anstieg bei den Personalausweisen ist auf den Ablauf der 2015 ausgestellten Dokumente
zurückzuführen. Seit Mai 2025 erhalten Antragstellende ihr Dokument auf Wunsch per
Direktversand; diese Option wurde in 18 Prozent der Fälle gewählt.

3. Standesamt

Beurkundet wurden 4.210 Geburten, 1.188 Eheschließungen und 3.304 Sterbefälle. Die Zahl der
Eheschließungen im Trauzimmer des Rathauses blieb mit 602 stabil; an den Außenstandorten
(Schiffahrtsmuseum, Leuchtturm Friedrichsort) fanden 214 Trauungen statt. Die Nachbeurkundung
von Auslandsgeburten ist weiterhin der zeitaufwendigste Bereich (Bearbeitungsdauer im Schnitt
4,5 Monate).

4. Personal

Im Stellenplan 2025 waren 96,5 Stellen ausgewiesen, davon waren im Jahresdurchschnitt 88,2
besetzt. Sechs Nachwuchskräfte (Verwaltungsfachangestellte) haben die Ausbildung
abgeschlossen und wurden übernommen. Der Krankenstand lag bei 7,9 Prozent (2024: 8,6 Prozent).

5. Digitalisierung

Online angeboten werden inzwischen 41 Leistungen, darunter die Anmeldung einer Wohnung
(seit 03/2025 vollständig digital mit Online-Ausweisfunktion) und die Beantragung von
Urkunden. Der Anteil digital gestellter Anträge an den Meldebescheinigungen beträgt
63 Prozent. Das Terminsystem (Version 7.4) wurde im Oktober auf eine neue Plattform
umgestellt; dabei kam es am 14.10.2025 zu einem ganztägigen Ausfall (Störungsticket
INC-2025-118402).

6. Beschwerden und Lob

Das Beschwerdemanagement registrierte 412 Eingaben (2024: 530). Häufigste Anlässe waren die
telefonische Erreichbarkeit (31 Prozent), die Terminvergabe (27 Prozent) und die
Bearbeitungsdauer im Standesamt (12 Prozent). 188 Eingaben enthielten ausdrücklich Lob, vor
allem für die Bürgerbüros in Mettenhof und Gaarden.

7. Ausblick 2026

- Einführung der Terminbuchung über die Behördennummer 115 ab Juni 2026
- Pilotbetrieb eines Selbstbedienungsterminals für Lichtbilder und Unterschriften
- Erweiterung der Öffnungszeiten am Samstag im Bürgerbüro Mitte (Rathaus, Fleethörn 9)

Anlagen
Anlage 1: Kennzahlen nach Standorten
Anlage 2: Auswertung der Kundenbefragung (Rücklauf 1.204 Fragebögen)
""",
    keep=[
        "Drucksache 0157/2026",
        "Version 7.4",
        "INC-2025-118402",
        "Fleethörn 9",
        "Behördennummer 115",
        "Anlage 1: Kennzahlen nach Standorten",
    ],
)

clean(
    "directive",
    """
Richtlinie der Stadt Freiburg im Breisgau zur Förderung von Balkonkraftwerken (Stand 01.02.2026)

1. Zuwendungszweck
Die Stadt fördert steckerfertige Photovoltaikanlagen mit einer Wechselrichterleistung bis
800 Watt, um den Anteil erneuerbarer Energien im Wohnungsbestand zu erhöhen.

2. Gegenstand und Höhe der Förderung
Gefördert werden Anschaffung und fachgerechte Montage. Der Zuschuss beträgt pauschal
200 Euro je Anlage, für Inhaberinnen und Inhaber des Freiburg-Passes 400 Euro. Je Wohnung wird
nur eine Anlage gefördert.

3. Antragsverfahren
Der Antrag ist vor Kauf der Anlage über das Förderportal zu stellen. Maßgeblich ist das
Eingangsdatum. Die Mittel sind auf 250.000 Euro im Haushaltsjahr begrenzt (Haushaltsstelle
1.5610.7180.000).

4. Nachweise
Anlagen zum Verwendungsnachweis:
- Rechnung mit Ausweis der Wechselrichterleistung
- Bestätigung der Registrierung im Marktstammdatenregister
- Foto der montierten Anlage
Bemerkungen zum Nachweis: Bei Mietwohnungen ist die Zustimmung der Vermieterseite nicht mehr
erforderlich (§ 554 Abs. 1 BGB), eine Mitteilung wird aber empfohlen.

5. Inkrafttreten
Die Richtlinie tritt am 01.02.2026 in Kraft und gilt bis 31.12.2027.

Umweltschutzamt, Fehrenbachallee 12, 79106 Freiburg, klimaschutz@stadt.freiburg.de
""",
    keep=[
        "Anlagen zum Verwendungsnachweis:",
        "Bemerkungen zum Nachweis:",
        "§ 554 Abs. 1 BGB",
        "1.5610.7180.000",
        "Fehrenbachallee 12, 79106 Freiburg",
    ],
)

clean(
    "faq",
    """
Häufige Fragen zur Hundesteuer

Wann muss ich meinen Hund anmelden?
Innerhalb von zwei Wochen, nachdem Sie den Hund aufgenommen haben oder zugezogen sind.

Was kostet die Hundesteuer?
Für den ersten Hund 108 Euro im Jahr, für jeden weiteren Hund 144 Euro. Für gefährliche
Hunde nach dem Landeshundegesetz gelten 600 Euro.

Gibt es Ermäßigungen?
Ja. Für Hunde aus dem städtischen Tierheim entfällt die Steuer im ersten Jahr. Für
Assistenzhunde wird keine Steuer erhoben (§ 5 Nr. 2 der Hundesteuersatzung).

Wie erhalte ich die Steuermarke?
Sie wird nach der Anmeldung per Post zugeschickt. Verlorene Marken ersetzen wir gegen eine
Gebühr von 5 Euro.

Was passiert, wenn ich den Hund nicht anmelde?
Die Hundesteuer wird rückwirkend festgesetzt; zusätzlich kann ein Bußgeld bis 10.000 Euro
verhängt werden (§ 17 KAG).

Wer ist zuständig?
Steueramt, Sachgebiet Hundesteuer, Haus der Verwaltung, 4. Etage, Zimmer 4.21
Tel. 0345 221-0 (Zentrale), hundesteuer@halle.de
""",
    keep=[
        "§ 5 Nr. 2 der Hundesteuersatzung",
        "108 Euro",
        "Zimmer 4.21",
        "0345 221-0",
        "hundesteuer@halle.de",
    ],
)

clean(
    "table",
    """
Raumbelegung Bürgerhaus West – KW 11 (09.–15.03.2026)

Zeit          | Saal (120 Pl.)              | Raum 1.01 (20 Pl.)         | Raum 1.02 (12 Pl.)
Mo 09–12 Uhr  | –                           | Deutschkurs B1 (VHS)       | Beratung Schuldnerhilfe
Mo 18–20 Uhr  | Chorprobe Gesangverein      | –                          | Selbsthilfegruppe Diabetes
Di 14–17 Uhr  | Seniorennachmittag          | Sprechstunde Quartiersbüro | –
Mi 19–21 Uhr  | Bezirksvertretung (öff.)    | –                          | –
Do 16–18 Uhr  | –                           | Hausaufgabenhilfe          | Mieterberatung
Fr 10–12 Uhr  | Eltern-Kind-Turnen          | –                          | –
Sa 10–22 Uhr  | private Feier (Vertrag V-2026-044) | –                   | –

Hinweise
Schlüsselausgabe: Hausmeisterei, Raum 0.03, Mo–Fr 8–15 Uhr
Reinigung nach Veranstaltungen: Pauschale 45,00 € (Entgeltordnung, Nr. 2.4)
Buchungen: raumvergabe@buergerhaus-west.de
""",
    keep=[
        "Raum 1.01 (20 Pl.)",
        "V-2026-044",
        "Raum 0.03",
        "Nr. 2.4",
        "raumvergabe@buergerhaus-west.de",
    ],
)

clean(
    "intranet",
    """
Betriebsausflug 2026: Am Donnerstag, 11. Juni, geht es mit dem Schiff nach Königswinter.
Abfahrt 9:30 Uhr am Anleger Alter Zoll, Rückkehr gegen 18:00 Uhr. Anmeldung bis 15.05.
im Intranet unter Personal > Veranstaltungen; Eigenbeteiligung 15,00 €.
""",
    keep=["Anleger Alter Zoll", "9:30 Uhr", "15,00 €", "Personal > Veranstaltungen"],
)

clean(
    "form",
    """
SEPA-Lastschriftmandat (Vordruck) – Stadtkasse

Zahlungsempfänger: Stadt Wiesbaden, Stadtkasse, Gustav-Stresemann-Ring 15, 65189 Wiesbaden
Gläubiger-Identifikationsnummer: DE71ZZZ00000012345
Mandatsreferenz: wird separat mitgeteilt

Ich ermächtige die Stadt Wiesbaden, Zahlungen von meinem Konto mittels Lastschrift
einzuziehen. Zugleich weise ich mein Kreditinstitut an, die von der Stadt Wiesbaden auf mein
Konto gezogenen Lastschriften einzulösen.

Kassenzeichen: _ _ . _ _ _ _ . _ _ _ _ _ _ . _
Kontoinhaber/in (Vorname, Name): ______________________________
Straße, Hausnummer: ______________________________
PLZ, Ort: ______________________________
IBAN: D E _ _ | _ _ _ _ | _ _ _ _ | _ _ _ _ | _ _ _ _ | _ _
BIC: _ _ _ _ _ _ _ _ _ _ _

Ort, Datum: ______________________   Unterschrift: ______________________

Hinweis: Ich kann innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung
des belasteten Betrages verlangen.
""",
    keep=[
        "Gustav-Stresemann-Ring 15",
        "DE71ZZZ00000012345",
        "Kontoinhaber/in (Vorname, Name):",
        "IBAN: D E",
        "Kassenzeichen:",
    ],
)

clean(
    "minutes",
    """
Niederschrift über die 9. Sitzung der Bezirksvertretung Innenstadt-Nord am 04.03.2026
Sitzungsort: Bezirksverwaltungsstelle, Saal 1 | Beginn: 17:00 Uhr | Ende: 19:20 Uhr

Anwesend: 17 von 19 Mitgliedern; Verwaltung: Leitung der Bezirksverwaltungsstelle,
Vertretung des Tiefbauamts; Schriftführung: Geschäftsstelle der Bezirksvertretung

TOP 1 – Einwohnerfragestunde
Zwei Einwohnerinnen fragen nach dem Zeitplan für die Sanierung des Spielplatzes an der
Kaiserstraße. Die Verwaltung sagt eine schriftliche Antwort zu.

TOP 2 – Umgestaltung der Mallinckrodtstraße (Drucksache 31145-26-E1)
Die Vertretung des Tiefbauamts stellt die Planung vor. Die Bezirksvertretung empfiehlt dem
Rat einstimmig, der Variante 2 (Radfahrstreifen beidseitig, 22 Bäume) zu folgen.

TOP 3 – Bezirksvertretungsmittel 2026
Bewilligt werden: 4.500 € für die Ausstattung des Nachbarschaftstreffs im Nordmarkt,
2.000 € für das Stadtteilfest am Hafen, 1.200 € für Sitzbänke am Fredenbaumpark.

TOP 4 – Mitteilungen
Die nächste Sitzung findet am 22.04.2026 statt.

Die Bezirksbürgermeisterin                 Die Schriftführung
""",
    keep=[
        "Drucksache 31145-26-E1",
        "Kaiserstraße",
        "TOP 4 – Mitteilungen",
        "17:00 Uhr",
        "Die Bezirksbürgermeisterin",
    ],
)

clean(
    "policy",
    """
Brandschutzordnung Teil B (DIN 14096) – Rathaus, Gebäude A und B

Brände verhüten
Rauchen ist im gesamten Gebäude verboten. Elektrische Geräte (Kaffeemaschinen, Heizlüfter)
dürfen nur mit Prüfplakette betrieben werden.

Verhalten im Brandfall
Ruhe bewahren
Brand melden: Feuermelder betätigen oder Notruf 112; intern zusätzlich Pforte, App. 2222
In Sicherheit bringen: Gefährdete Personen mitnehmen, Türen schließen, Aufzüge nicht benutzen
Löschversuch unternehmen: nur ohne Eigengefährdung, Feuerlöscher an den Fluren

Sammelstelle
Gebäude A: Parkplatz Ecke Friedrich-Ebert-Straße / Theodor-Heuss-Allee
Gebäude B: Innenhof, Bereich vor der Stadtbücherei

Besucher
Besucherinnen und Besucher werden von den Beschäftigten des jeweiligen Bereichs zur
Sammelstelle begleitet. Die Brandschutzhelferinnen und -helfer kontrollieren die Räume ihres
Abschnitts (Liste am Aushang neben Raum A 0.10).

Stand: 01/2026 – Stabsstelle Arbeitssicherheit
""",
    keep=[
        "DIN 14096",
        "App. 2222",
        "Friedrich-Ebert-Straße / Theodor-Heuss-Allee",
        "Besucher",
        "Raum A 0.10",
    ],
)


if __name__ == "__main__":
    sys.exit(CORPUS.main(OUT, {"pii": 60, "clean": 40}))
